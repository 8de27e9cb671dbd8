import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { fileData } from '../../../src/ownership/file-data.ts';
import { parseSourceText } from '../../../src/validation/source.ts';

// The one reader of content files: the content check, the rights check (`fileData`) and the CMS
// config read a file's data through `parseSourceText`, so they agree on where frontmatter ends.

const nb = useTranslations('nb');

describe('MDX frontmatter ends at a line that is `---` alone', () => {
	const text = [
		'---',
		'title: Før --- etter',
		'summary: |',
		'  Første linje',
		'  --- en strek i en blokk',
		'organiser: nordvik-kommune',
		'---',
		'Brødtekst med --- midt i.',
		'',
	].join('\n');

	it('keeps a `---` inside a YAML value (mid-line or indented) in the data', () => {
		const source = parseSourceText('courses/x.mdx', text);
		expect(source.syntaxErrors).toEqual([]);
		expect(source.data).toEqual({
			title: 'Før --- etter',
			summary: 'Første linje\n--- en strek i en blokk\n',
			organiser: 'nordvik-kommune',
		});
		expect(source.body).toBe('Brødtekst med --- midt i.\n');
		expect(source.bodyLine).toBe(8);
	});

	it('gives the lines of fields as the file numbers them', () => {
		const source = parseSourceText('courses/x.mdx', text);
		expect(source.lineOf(['title'])).toBe(2);
		expect(source.lineOf(['organiser'])).toBe(6);
	});

	it('accepts CRLF, blanks after the closing `---`, empty frontmatter and no body', () => {
		expect(parseSourceText('a.mdx', '---\r\ntitle: A\r\n---  \r\nBody\r\n')).toMatchObject({ data: { title: 'A' }, body: 'Body\r\n' });
		expect(parseSourceText('a.mdx', '---\n---\nBody\n')).toMatchObject({ data: {}, body: 'Body\n', syntaxErrors: [] });
		expect(parseSourceText('a.mdx', '---\ntitle: A\n---')).toMatchObject({ data: { title: 'A' }, body: '' });
	});

	it('reports missing frontmatter when no line closes it (a `---` mid-line does not)', () => {
		const source = parseSourceText('a.mdx', '---\ntitle: A --- B\nBody\n', nb);
		expect(source.data).toBeUndefined();
		expect(source.syntaxErrors).toContainEqual({ line: 1, message: nb('validation.frontmatterMissing') });
	});

	it('is what the rights check reads too', () => {
		expect(fileData('courses/x.mdx', text)).toEqual(parseSourceText('courses/x.mdx', text).data);
		expect(fileData('a.mdx', '---\ntitle: A --- B\nBody\n')).toBeUndefined();
		expect(fileData('organisations/x.yaml', 'name: [broken')).toBeUndefined();
		expect(fileData('organisations/x.yaml', 'name: X\n')).toEqual({ name: 'X' });
		expect(fileData('uploads/x.png', 'name: X\n')).toBeUndefined();
	});
});

describe('YAML data files', () => {
	it('words a syntax error in the given language, with its line', () => {
		const t = useTranslations('sv');
		const source = parseSourceText('organisations/x.yaml', 'name: X\nkind: [a\n', t);
		expect(source.data).toBeUndefined();
		expect(source.syntaxErrors.length).toBeGreaterThan(0);
		expect(source.syntaxErrors[0].message).toMatch(
			new RegExp(`^${t('validation.yamlSyntax', { detail: '' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
		);
		expect(source.body).toBeUndefined();
	});
});

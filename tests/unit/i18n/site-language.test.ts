import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tables } from '../../../src/i18n/index.ts';
import { siteLanguageOfText } from '../../../src/i18n/site-language.ts';
import { translateFor } from '../../../src/ownership/site-language.ts';
import { siteLanguage } from '../../../src/validation/source.ts';

// One reader of the site's language for the content check, the build, the rights check and the
// CLIs: a site.yaml broken elsewhere still speaks its language everywhere.

const BROKEN_ELSEWHERE = 'name: Kompetansebroen\nlanguage: nn\ntagline: [ikkje lukka\nowner: x\n';

describe('siteLanguageOfText', () => {
	it.each([
		['language: nn\n', 'nn'],
		['name: X\nlanguage: sv # svensk\n', 'sv'],
		["language: 'nn'\r\nname: X\r\n", 'nn'],
		['language: "sv"\n', 'sv'],
		['name: X\n', 'nb'],
		['language: de\n', 'nb'],
		['contact:\n  language: sv\n', 'nb'],
		['', 'nb'],
	])('%j → %s', (text, lang) => {
		expect(siteLanguageOfText(text)).toBe(lang);
	});

	it('reads the language of a site.yaml that has a YAML error elsewhere', () => {
		expect(siteLanguageOfText(BROKEN_ELSEWHERE)).toBe('nn');
	});

	it('is nb without a site.yaml', () => {
		expect(siteLanguageOfText(undefined)).toBe('nb');
	});
});

describe('every reader of a content folder agrees', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-site-language-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('the content check (siteLanguage) and the CLIs (translateFor) on a broken site.yaml', () => {
		writeFileSync(join(dir, 'site.yaml'), BROKEN_ELSEWHERE);
		expect(siteLanguage(join(dir, 'site.yaml'))).toBe('nn');
		expect(translateFor(dir)('review.status.failure')).toBe(tables.nn['review.status.failure']);
	});

	it('translateFor is nb for a folder without site.yaml', () => {
		const empty = mkdtempSync(join(tmpdir(), 'kb-site-language-empty-'));
		try {
			expect(translateFor(empty)('review.status.failure')).toBe(tables.nb['review.status.failure']);
		} finally {
			rmSync(empty, { recursive: true, force: true });
		}
	});
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tables, useTranslations } from '../../../src/i18n/index.ts';
import type { SiteLanguage } from '../../../src/schemas/enums.ts';
import { formatReport, type Problem } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { contentWarnings } from '../../../src/validation/warnings.ts';
import { brokenCases, brokenContentDir } from '../../utils/broken.ts';
import { makeContentDir, removeContentDir } from '../../utils/content-dir.ts';

const LANGUAGES: SiteLanguage[] = ['nb', 'nn', 'sv'];
const validationKeys = Object.keys(tables.nb).filter((key) => key.startsWith('validation.')) as (keyof typeof tables.nb)[];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A message template as a pattern: `{name}` placeholders match any text and are captured. */
const pattern = (template: string) => new RegExp(`^${escape(template).replace(/\\\{\w+\\\}/g, '(.+?)')}$`);

/** The key whose template (in `lang`) the message was made from, with the placeholder values. */
function keyOf(message: string, lang: SiteLanguage): { key: string; values: string[] } | undefined {
	for (const key of validationKeys) {
		const match = pattern(tables[lang][key]).exec(message);
		if (match) return { key, values: match.slice(1) };
	}
	return undefined;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeContentDir));

/** The content folder of a case, with `site.yaml` set to `lang`. */
function inLanguage(dir: string, lang: SiteLanguage): string {
	const path = join(dir, 'site.yaml');
	writeFileSync(path, readFileSync(path, 'utf8').replace(/^language: \w+$/m, `language: ${lang}`));
	return dir;
}

const errorsIn = (dir: string): Problem[] => validateContent(dir).problems.filter((p) => p.severity === 'error');

describe('broken content reports in the site’s language', () => {
	const withSite = brokenCases.filter((c) => !c.remove?.includes('site.yaml'));

	it.each(withSite.map((c) => [c.name, c] as const))('%s: the same problem from the same key in nb, nn and sv', (_, c) => {
		const results = LANGUAGES.map((lang) => {
			const dir = brokenContentDir(c);
			dirs.push(dir);
			const [problem, ...rest] = errorsIn(inLanguage(dir, lang));
			expect(rest).toEqual([]);
			return { lang, problem, source: keyOf(problem.message, lang) };
		});
		const [nb, ...others] = results;
		expect(nb.source, `nb message from no template: ${nb.problem.message}`).toBeDefined();
		for (const other of others) {
			expect({ file: other.problem.file, field: other.problem.field, line: other.problem.line }).toEqual({
				file: nb.problem.file,
				field: nb.problem.field,
				line: nb.problem.line,
			});
			expect(other.source, `${other.lang}: ${other.problem.message}`).toEqual(nb.source);
			// Same key and values: the text differs exactly where the tables differ.
			if (tables[other.lang][nb.source!.key as keyof typeof tables.nb] !== tables.nb[nb.source!.key as keyof typeof tables.nb]) {
				expect(other.problem.message).not.toBe(nb.problem.message);
			}
		}
		expect(results.find((r) => r.lang === 'sv')!.problem.message).not.toBe(nb.problem.message);
	});

	it('a broken site.yaml still says its language when the line can be read', () => {
		const c = brokenCases.find((b) => b.name === 'broken-yaml')!;
		const dir = brokenContentDir(c);
		dirs.push(dir);
		writeFileSync(join(dir, 'site.yaml'), 'name: [Kompetansebroen\nlanguage: sv\n');
		const messages = errorsIn(dir).map((p) => p.message);
		expect(messages.some((m) => m.startsWith('YAML kan inte läsas: '))).toBe(true);
	});

	it('without site.yaml the messages are in bokmål', () => {
		const c = brokenCases.find((b) => b.name === 'site-missing')!;
		const dir = brokenContentDir(c);
		dirs.push(dir);
		expect(errorsIn(dir).map((p) => p.message)).toEqual(['site.yaml mangler i innholdsmappen']);
	});
});

describe('known messages, word for word', () => {
	const cases = {
		'session-end-before-start': { nb: 'slutt må være etter start', nn: 'slutt må vere etter start', sv: 'slut måste vara efter start' },
		'course-deadline-after-first-session': {
			nb: 'påmeldingsfristen er etter første samling (2027-04-13T09:00)',
			nn: 'påmeldingsfristen er etter første samling (2027-04-13T09:00)',
			sv: 'sista anmälningsdag är efter första tillfället (2027-04-13T09:00)',
		},
		'missing-title': { nb: 'mangler (påkrevd felt)', nn: 'manglar (obligatorisk felt)', sv: 'saknas (obligatoriskt fält)' },
		'bad-enum-value': {
			nb: 'må være en av: classroom, digital, elearning, hybrid',
			nn: 'må vere ein av: classroom, digital, elearning, hybrid',
			sv: 'måste vara en av: classroom, digital, elearning, hybrid',
		},
		'unknown-organiser': {
			nb: 'finnes ikke i organisations/ (ukjent referanse)',
			nn: 'finst ikkje i organisations/ (ukjend referanse)',
			sv: 'finns inte i organisations/ (okänd referens)',
		},
		'dst-gap-time': {
			nb: 'klokkeslettet finnes ikke i Europe/Oslo (hoppes over ved overgang til sommertid)',
			nn: 'klokkeslettet finst ikkje i Europe/Oslo (blir hoppa over ved overgang til sommartid)',
			sv: 'klockslaget finns inte i Europe/Oslo (hoppas över vid övergång till sommartid)',
		},
		'mdx-iframe': {
			nb: 'HTML-elementet <iframe> er ikke tillatt i innhold',
			nn: 'HTML-elementet <iframe> er ikkje tillate i innhald',
			sv: 'HTML-elementet <iframe> är inte tillåtet i innehåll',
		},
	} satisfies Record<string, Record<SiteLanguage, string>>;

	it.each(Object.entries(cases))('%s', (name, expected) => {
		const c = brokenCases.find((b) => b.name === name)!;
		for (const lang of LANGUAGES) {
			const dir = brokenContentDir(c);
			dirs.push(dir);
			expect(errorsIn(inLanguage(dir, lang)).map((p) => p.message)).toEqual([expected[lang]]);
		}
	});
});

describe('the report and the warnings', () => {
	it('labels severities, values and the summary in the site’s language', () => {
		const problems: Problem[] = [
			{ file: 'courses/a.mdx', line: 4, field: 'format', message: 'x', value: 'webinar', severity: 'error' },
			{ file: 'topics/b.yaml', field: '', message: 'y', severity: 'warning' },
		];
		expect(formatReport(problems, useTranslations('sv')).split('\n')).toEqual([
			'fel  courses/a.mdx:4: format: x (värde: «webinar»)',
			'varning  topics/b.yaml: y',
			'1 fel, 1 varningar',
		]);
		expect(formatReport(problems, useTranslations('nn')).split('\n')).toEqual([
			'feil  courses/a.mdx:4: format: x (verdi: «webinar»)',
			'åtvaring  topics/b.yaml: y',
			'1 feil, 1 åtvaringar',
		]);
	});

	it('words the content warnings in the site’s language', () => {
		const dir = makeContentDir({ files: { 'topics/ubrukt.yaml': 'name: Ubrukt tema\ndescription: Ingen bruker det.\n' } });
		dirs.push(dir);
		const warningsIn = (lang: SiteLanguage) =>
			contentWarnings(validateContent(inLanguage(dir, lang)), new Date('2027-01-15T12:00:00Z'))
				.filter((w) => w.file === 'topics/ubrukt.yaml')
				.map((w) => w.message);
		expect(warningsIn('nb')).toEqual(['ingen kurs, arrangementer, program eller nyheter bruker dette temaet']);
		expect(warningsIn('sv')).toEqual(['inga kurser, evenemang, program eller nyheter använder det här temat']);
		expect(warningsIn('nn')).toEqual(['ingen kurs, arrangement, program eller nyheiter brukar dette temaet']);
	});
});

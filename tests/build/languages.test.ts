import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables, useTranslations } from '../../src/i18n/index.ts';
import { nb, type UIKey } from '../../src/i18n/nb.ts';
import { makePaths, SECTIONS } from '../../src/context/site-paths.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { decodeEntities, elements, mainOf, tags, textOf } from '../utils/html.ts';
import { FIXED_NOW, projectRoot } from '../utils/paths.ts';

const examples = { sv: join(projectRoot, 'examples', 'sv'), nn: join(projectRoot, 'examples', 'nn') };
const built: Partial<Record<keyof typeof examples, BuiltSite>> = {};
beforeAll(async () => {
	built.sv = await buildSite(examples.sv, FIXED_NOW);
	built.nn = await buildSite(examples.nn, FIXED_NOW);
});
afterAll(disposeBuilds);

/** The published entries of an example with their URLs in the example's language. */
function entryUrls(lang: keyof typeof examples): string[] {
	const { entries } = validateContent(examples[lang]);
	const paths = makePaths(useTranslations(lang), 'https://test.example/');
	return SECTIONS.flatMap((section) =>
		entries[section].filter(({ data }) => data.draft !== true).map(({ id }) => paths.entry(section, id)),
	);
}

describe.each(['sv', 'nn'] as const)('the %s example', (lang) => {
	const site = () => built[lang]!;

	it('passes npm run check:content with no errors', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			[join(projectRoot, 'scripts', 'check-content.ts'), '--dir', examples[lang], '--json'],
			{ cwd: projectRoot },
		);
		expect(JSON.parse(stdout)).toMatchObject({ errors: 0 });
	});

	it(`has <html lang="${lang}"> on every page`, () => {
		const wrong = site()
			.pages()
			.filter((page) => tags(site().read(page)).find((tag) => tag.name === 'html')?.attributes.lang !== lang);
		expect(wrong).toEqual([]);
	});

	it('builds every entry page and every list at the translated URLs', () => {
		const paths = makePaths(useTranslations(lang), 'https://test.example/');
		const expected = [...entryUrls(lang), ...SECTIONS.map((s) => paths.section(s)), paths.search(), paths.accessibility];
		expect(expected.filter((url) => !site().has(url))).toEqual([]);
	});

	it('has no page under a bokmål segment the language does not share', () => {
		const segments = Object.keys(nb).filter((key) => key.startsWith('route.') && nb[key as UIKey] !== tables[lang][key as UIKey]);
		const stray = segments
			.map((key) => `/${nb[key as UIKey]}/`)
			.filter((dir) =>
				site()
					.pages()
					.some((page) => page.startsWith(dir)),
			);
		expect(stray).toEqual([]);
	});

	it('configures the CMS in the language', () => {
		expect(site().read('/admin/config.yml')).toMatch(new RegExp(`^locale: ${tables[lang]['cms.locale']}$`, 'm'));
	});
});

describe('the sv example', () => {
	const site = () => built.sv!;

	it.each([
		'/kurser/',
		'/kurser/handledning-for-st-handledare/',
		'/evenemang/',
		'/evenemang/primarvardsdagen-2027/',
		'/nyheter/',
		'/teman/',
		'/organisationer/',
		'/platser/',
		'/sok/',
		'/tillganglighet/',
	])('has %s', (path) => {
		expect(site().has(path)).toBe(true);
	});

	it('shows session times in Europe/Stockholm on both sides of DST', () => {
		const times = elements(site().read('/kurser/handledning-for-st-handledare/'), 'time').map((e) => [
			e.attributes.datetime,
			textOf(e.inner),
		]);
		expect(times).toContainEqual(['2027-03-16T08:00:00.000Z', 'tisdag 16 mars 2027, 09:00–16:00']);
		expect(times).toContainEqual(['2027-04-20T07:00:00.000Z', 'tisdag 20 april 2027, 09:00–16:00']);
	});

	it('shows prices in SEK and Swedish labels for the model audiences', () => {
		const text = textOf(mainOf(site().read('/kurser/handledning-for-st-handledare/')));
		expect(text).toContain('3 200 kr');
		expect(text).toMatch(/Målgrupp Läkare Chefer/);
	});

	it('marks the content of an English course with lang="en", and nothing else', () => {
		const html = site().read('/kurser/clinical-skills-for-internationally-trained-doctors/');
		const english = tags(html).filter((tag) => tag.kind === 'start' && tag.attributes.lang === 'en');
		expect(english.map((tag) => tag.name)).toEqual(expect.arrayContaining(['h1', 'div']));
		expect(
			elements(site().read('/kurser/'), 'h2')
				.concat(elements(site().read('/kurser/'), 'h3'))
				.filter((e) => e.attributes.lang === 'en'),
		).toHaveLength(1);
		expect(site().read('/kurser/diabetesvard-for-sjukskoterskor/')).not.toMatch(/\slang="en"/);
	});

	it('has the Swedish accessibility statement with enforcement by DIGG', () => {
		const html = site().read('/tillganglighet/');
		expect(textOf(elements(html, 'h1')[0].inner)).toBe('Tillgänglighetsredogörelse');
		expect(elements(html, 'a').map((a) => a.attributes.href)).toContain('https://www.digg.se/tdosanmalan');
	});

	it('contains no bokmål UI string on any page, feed or calendar', () => {
		// Every literal part of an nb string that sv does not share, unless the Swedish table or
		// the example's own content could put it on a page legitimately.
		const content = readTree(examples.sv);
		const svValues = Object.values(tables.sv);
		const needles = [
			...new Set(
				(Object.keys(nb) as UIKey[])
					.filter((key) => key !== 'locale' && nb[key] !== tables.sv[key])
					.flatMap((key) => nb[key].split(/\{\w+\}/).map((part) => part.trim()))
					.filter((part) => part.length >= 4 && !content.includes(part) && !svValues.some((value) => wordIn(part, value))),
			),
		];
		expect(needles).toEqual(
			expect.arrayContaining(['Hopp til hovedinnhold', 'Påmeldingsfrist', 'Arrangementer', 'Tilgjengelighetserklæring']),
		);

		const files = [...site().pages(), '/rss.xml', '/kurser/rss.xml', '/evenemang/rss.xml', '/kalender.ics'];
		const found = files.flatMap((file) => {
			const text = uiText(file, site().read(file));
			return needles.filter((needle) => wordIn(needle, text)).map((needle) => `${file}: ${needle}`);
		});
		expect(found).toEqual([]);
	});
});

describe('the nn example', () => {
	const site = () => built.nn!;

	it.each([
		'/kurs/',
		'/arrangement/',
		'/arrangement/fagdag-demens-2026/',
		'/nyheiter/',
		'/nyheiter/ny-avtale-om-hospitering/',
		'/tema/',
		'/organisasjonar/',
		'/stader/',
		'/sok/',
		'/tilgjengelegheit/',
	])('has %s', (path) => {
		expect(site().has(path)).toBe(true);
	});

	it('uses the nynorsk UI strings and accessibility statement', () => {
		const html = site().read('/tilgjengelegheit/');
		expect(textOf(elements(html, 'h1')[0].inner)).toBe('Tilgjengelegheitserklæring');
		expect(textOf(elements(html, 'nav')[0].inner)).toContain('Organisasjonar');
	});
});

/** Every file of a folder, concatenated. */
function readTree(dir: string): string {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
		.join('\n');
}

/** True when `needle` occurs in `text` without being part of a longer word. */
function wordIn(needle: string, text: string): boolean {
	const edge = (char: string, pattern: string) => (/[\p{L}\p{N}]/u.test(char) ? pattern : '');
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`${edge(needle[0], '(?<![\\p{L}\\p{N}])')}${escaped}${edge(needle.at(-1)!, '(?![\\p{L}\\p{N}])')}`, 'u').test(text);
}

/**
 * What a reader (or a screen reader) gets from a file: the text of a page plus the attribute
 * values that carry words (labels, titles, meta content, data for scripts); feeds and
 * calendars as text, with folded calendar lines joined.
 */
function uiText(file: string, source: string): string {
	if (!file.endsWith('/') && !file.endsWith('.html')) return decodeEntities(source.replace(/\r?\n[ \t]/g, ''));
	const words = /^(aria-.+|title|alt|placeholder|content|label|value|data-.+)$/;
	const attributes = tags(source).flatMap((tag) =>
		Object.entries(tag.attributes)
			.filter(([name]) => words.test(name))
			.map(([, value]) => value),
	);
	return [textOf(source), ...attributes].join('\n');
}

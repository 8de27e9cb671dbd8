import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, textOf } from '../utils/html.ts';
import { internalLinks } from '../utils/page-checks.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';
import { fixtureEntries, SECTION } from '../utils/site-map.ts';

const entries = fixtureEntries(minimalFixture);
const published = entries.filter((e) => !e.draft);
const drafts = entries.filter((e) => e.draft);

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(minimalFixture, FIXED_NOW);
});
afterAll(disposeBuilds);

describe('minimal fixture: the fixture itself', () => {
	it('has the entries the scenarios rely on', () => {
		const count = (collection: string) => published.filter((e) => e.collection === collection).length;
		expect([count('courses'), count('events'), count('news'), count('topics'), count('organisations'), count('locations')]).toEqual([
			6, 2, 3, 2, 3, 2,
		]);
		expect(drafts.map((e) => e.id).sort()).toEqual(['kladd-lindrende-stell', 'utkast-ny-samarbeidsavtale']);
	});
});

describe('minimal fixture: pages at their URLs', () => {
	it.each(published.map((e) => [e.url, e] as const))('%s has its page with its title as <h1>', (url, entry) => {
		const h1 = elements(site.read(url), 'h1');
		expect(h1).toHaveLength(1);
		expect(textOf(h1[0].inner)).toBe(entry.title);
	});

	it.each([
		'/',
		'/kurs/',
		'/program/',
		'/arrangementer/',
		'/nyheter/',
		'/tema/',
		'/organisasjoner/',
		'/steder/',
		'/sok/',
		'/tilgjengelighet/',
	])('%s exists', (path) => {
		expect(site.has(path)).toBe(true);
	});

	it('404.html exists and says the page was not found', () => {
		expect(site.has('/404.html')).toBe(true);
		expect(elements(site.read('/404.html'), 'h1')).toHaveLength(1);
	});

	it.each(Object.entries(SECTION).filter(([collection]) => collection !== 'news'))(
		'the %s list links to every published entry',
		(collection, segment) => {
			const hrefs = new Set(elements(site.read(`/${segment}/`), 'a').map((a) => a.attributes.href));
			const expected = published.filter((e) => e.collection === collection).map((e) => e.url);
			expect(expected.filter((url) => !hrefs.has(url))).toEqual([]);
		},
	);

	it('the news list (with its pages) links to every published article', () => {
		const pages = site.pages().filter((p) => /^\/nyheter\/(\d+\/)?$/.test(p));
		const hrefs = new Set(pages.flatMap((p) => elements(site.read(p), 'a').map((a) => a.attributes.href)));
		const expected = published.filter((e) => e.collection === 'news').map((e) => e.url);
		expect(expected.filter((url) => !hrefs.has(url))).toEqual([]);
	});

	it('builds exactly the entry pages of the published entries, nothing else under the sections', () => {
		const entryPages = site
			.pages()
			.filter((p) => /^\/(kurs|arrangementer|nyheter|tema|organisasjoner|steder)\/[^/]+\/$/.test(p) && !/^\/nyheter\/\d+\/$/.test(p));
		expect(entryPages.sort()).toEqual(published.map((e) => e.url).sort());
	});

	it('files starting with _ are ignored', () => {
		expect(site.has('/kurs/_mal/')).toBe(false);
		expect(site.files().filter((f) => f.includes('_mal'))).toEqual([]);
	});

	it('every internal link points at a built page or file', () => {
		const broken = internalLinks(site).filter(({ href }) => !site.has(href));
		expect(broken).toEqual([]);
	});
});

describe('minimal fixture: drafts are never published', () => {
	it.each(drafts.map((e) => [e.url, e] as const))('%s has no page', (url) => {
		expect(site.has(url)).toBe(false);
	});

	it.each(drafts.map((e) => [e.id, e] as const))('%s: neither slug nor title appears in any built file', (_, entry) => {
		// The draft news title has a ø; its first words are distinctive enough.
		const needles = [entry.id, entry.title, entry.title.split(' ').slice(0, 5).join(' ')];
		const hits = site.files().filter((file) => {
			const text = site.read(`/${file}`);
			return needles.some((needle) => text.includes(needle));
		});
		expect(hits).toEqual([]);
	});
});

describe("minimal fixture: organisations' editors are never published", () => {
	it('no built file (pages, JSON-LD, feeds, calendars, the search index unpacked) names a login from `editors`', () => {
		const logins = ['fjordby-redaktor', 'kari.nordvik'];
		expect(readFileSync(join(minimalFixture, 'organisations', 'fjordby-sykehus.yaml'), 'utf8')).toContain(logins[0]);
		const hits = site.files().filter((file) => {
			const bytes = readFileSync(join(site.outDir, file));
			// Pagefind's index files are gzipped.
			const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
			return logins.some((login) => text.includes(login));
		});
		expect(site.files().some((file) => file.startsWith('pagefind/'))).toBe(true);
		expect(hits).toEqual([]);
	});
});

describe('minimal fixture: every page', () => {
	it('is in Norwegian bokmål: <html lang="nb">', () => {
		const wrong = site.pages().filter((page) => elements(site.read(page), 'html')[0]?.attributes.lang !== 'nb');
		expect(site.pages().length).toBeGreaterThan(20);
		expect(wrong).toEqual([]);
	});

	it('has a <title> and exactly one <h1> (the CMS app at /admin/ renders its own)', () => {
		const wrong = site
			.pages()
			.filter((page) => !page.startsWith('/admin/'))
			.filter((page) => {
				const html = site.read(page);
				return textOf(elements(html, 'title')[0]?.inner ?? '') === '' || elements(html, 'h1').length !== 1;
			});
		expect(wrong).toEqual([]);
	});
});

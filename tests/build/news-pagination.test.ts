import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { newsFile } from '../utils/entries.ts';
import { elements, mainOf } from '../utils/html.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The minimal fixture plus 40 monthly newsletters: enough for several pages at any sensible page size.
const EXTRA = 40;
const newsletter = (n: number) => {
	const month = new Date(Date.UTC(2023, n, 1));
	const iso = month.toISOString().slice(0, 10);
	const label = month.toLocaleDateString('nb-NO', { month: 'long', year: 'numeric', timeZone: 'UTC' });
	const summary = `Nye kurs, ledige plasser og nytt fra fagnettverkene i ${label}.`;
	return newsFile({
		slug: `manedsbrev-${iso.slice(0, 7)}`,
		title: `Månedsbrev fra kompetansenettverket, ${label}`,
		summary,
		date: iso,
		body: 'Her er månedens oversikt.',
	});
};

let contentDir: string;
let site: BuiltSite;
beforeAll(async () => {
	contentDir = makeContentDir({ files: Object.fromEntries(Array.from({ length: EXTRA }, (_, n) => newsletter(n))) });
	site = await buildSite(contentDir, FIXED_NOW);
});
afterAll(async () => {
	await disposeBuilds();
	removeContentDir(contentDir);
});

/** The list pages in order: /nyheter/, /nyheter/2/, … */
const listPages = () => {
	const pages = ['/nyheter/'];
	while (site.has(`/nyheter/${pages.length + 1}/`)) pages.push(`/nyheter/${pages.length + 1}/`);
	return pages;
};
/** Articles linked from a list page's main content, in order, each once. */
const articlesOn = (page: string) => [
	...new Set(
		elements(mainOf(site.read(page)), 'a')
			.map((a) => a.attributes.href ?? '')
			.filter((href) => /^\/nyheter\/(?!\d+\/$)[a-z0-9-]+\/$/.test(href)),
	),
];

describe('news list pagination', () => {
	const published = () => fixtureEntries(contentDir).filter((e) => e.collection === 'news' && !e.draft);

	it('splits the articles over several pages, the first at /nyheter/', () => {
		expect(published()).toHaveLength(EXTRA + 3);
		expect(listPages().length).toBeGreaterThan(1);
		expect(site.has('/nyheter/1/')).toBe(false);
	});

	it('lists every published article exactly once, newest first', () => {
		const listed = listPages().flatMap(articlesOn);
		const expected = published()
			.sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)) || a.id.localeCompare(b.id))
			.map((e) => e.url);
		expect(listed).toEqual(expected);
	});

	it('every page but the last is full, and the last is not empty', () => {
		const sizes = listPages().map((p) => articlesOn(p).length);
		expect(new Set(sizes.slice(0, -1)).size).toBe(1);
		expect(sizes.at(-1)).toBeGreaterThan(0);
		expect(sizes.at(-1)).toBeLessThanOrEqual(sizes[0]);
	});

	it('each page links to the next and the previous', () => {
		const pages = listPages();
		pages.forEach((page, i) => {
			const hrefs = elements(site.read(page), 'a').map((a) => a.attributes.href);
			if (i + 1 < pages.length) expect(hrefs, `${page} → next`).toContain(pages[i + 1]);
			if (i > 0) expect(hrefs, `${page} → previous`).toContain(pages[i - 1]);
		});
	});

	it('every article has its page', () => {
		expect(published().filter((e) => !site.has(e.url))).toEqual([]);
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueData } from '../../src/catalogue/catalogue-page.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// The sample content: 30 published courses and a draft, so two catalogue pages of 24.
const courses = fixtureEntries(sampleContent).filter((e) => e.collection === 'courses');
const published = courses.filter((e) => !e.draft);
const drafts = courses.filter((e) => e.draft);

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(sampleContent, FIXED_NOW);
});
afterAll(disposeBuilds);

/** The catalogue pages in order: /kurs/, /kurs/2/, … */
const listPages = () => {
	const pages = ['/kurs/'];
	while (site.has(`/kurs/${pages.length + 1}/`)) pages.push(`/kurs/${pages.length + 1}/`);
	return pages;
};
/** Course pages linked from a catalogue page's cards, in order. */
const coursesOn = (page: string) =>
	elements(mainOf(site.read(page)), 'a')
		.map((a) => a.attributes.href ?? '')
		.filter((href) => /^\/kurs\/[a-z0-9-]+\/$/.test(href) && !/^\/kurs\/\d+\/$/.test(href));

describe('the catalogue JSON /kurs/katalog.json', () => {
	const data = () => JSON.parse(site.read('/kurs/katalog.json')) as CatalogueData;

	it('is valid JSON with the lookup tables and one row per course', () => {
		const { base, facets, states, text, items: rows } = data();
		expect(base).toBe('/kurs/');
		expect(Object.keys(facets)).toEqual(['topic', 'audience', 'format', 'organiser', 'region']);
		expect(facets.region).toEqual([
			['nedre-romerike', 'Nedre Romerike'],
			['ovre-romerike', 'Øvre Romerike'],
			['follo', 'Follo'],
			['oslo', 'Oslo'],
		]);
		expect(states.map(([state]) => state)).toContain('always-open');
		expect(text.count).toBe('{count} kurs');
		for (const [slug, , , , , , state, , , , , [topics, audiences, [format], [organiser]]] of rows) {
			expect(states[state], `${slug}: state`).toBeDefined();
			expect(facets.format[format], `${slug}: format`).toBeDefined();
			expect(facets.organiser[organiser], `${slug}: organiser`).toBeDefined();
			expect(
				topics.every((i) => facets.topic[i]),
				`${slug}: topics`,
			).toBe(true);
			expect(
				audiences.every((i) => facets.audience[i]),
				`${slug}: audiences`,
			).toBe(true);
		}
	});

	it('has every published course exactly once and no draft', () => {
		const slugs = data().items.map((row) => row[0]);
		expect(published.length).toBe(30);
		expect([...slugs].sort()).toEqual(published.map((e) => e.id).sort());
		expect(drafts.length).toBeGreaterThan(0);
		const json = site.read('/kurs/katalog.json');
		for (const draft of drafts) expect(json).not.toContain(draft.title);
	});

	it('lists the courses in the order of the pages', () => {
		expect(data().items.map((row) => `/kurs/${row[0]}/`)).toEqual(listPages().flatMap(coursesOn));
	});
});

describe('the catalogue pages', () => {
	it('are /kurs/ and /kurs/2/, 24 courses to a page, together listing every course once', () => {
		expect(listPages()).toEqual(['/kurs/', '/kurs/2/']);
		expect(site.has('/kurs/1/')).toBe(false);
		expect(coursesOn('/kurs/')).toHaveLength(24);
		const listed = listPages().flatMap(coursesOn);
		expect(listed).toHaveLength(new Set(listed).size);
		expect([...listed].sort()).toEqual(published.map((e) => e.url).sort());
	});

	it('link to each other with rel=next / rel=prev and say which page this is', () => {
		const first = mainOf(site.read('/kurs/'));
		const second = mainOf(site.read('/kurs/2/'));
		expect(elements(first, 'a').find((a) => a.attributes.rel === 'next')?.attributes.href).toBe('/kurs/2/');
		expect(elements(second, 'a').find((a) => a.attributes.rel === 'prev')?.attributes.href).toBe('/kurs/');
		expect(textOf(first)).toContain('Side 1 av 2');
		expect(textOf(second)).toContain('Side 2 av 2');
		expect(textOf(elements(site.read('/kurs/2/'), 'h1')[0].inner)).toBe('Kurs og e-læring, side 2 av 2');
	});

	it('carry the filter form, hidden until the script runs, every control labelled', () => {
		const html = site.read('/kurs/');
		const form = elements(html, 'form').find((f) => 'data-catalogue' in f.attributes);
		expect(form?.attributes['data-catalogue']).toBe('/kurs/katalog.json');
		expect(form?.attributes).toHaveProperty('hidden');
		const labels = new Set(elements(form!.inner, 'label').map((l) => l.attributes.for));
		const inputs = elements(form!.inner, 'input');
		expect(inputs.length).toBeGreaterThan(30);
		expect(inputs.filter((i) => !labels.has(i.attributes.id)).map((i) => i.attributes.name)).toEqual([]);
		expect(elements(form!.inner, 'legend').map((l) => textOf(l.inner))).toEqual([
			'Tema',
			'Målgruppe',
			'Kursform',
			'Arrangør',
			'Region',
			'Påmelding',
			'Dato',
		]);
		expect(textOf(html)).toContain('30 kurs');
	});
});

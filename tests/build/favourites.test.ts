import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FavouritesData } from '../../src/favourites/favourites-contract.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { favouritesContentDir } from '../utils/favourites-fixture.ts';
import { elements } from '../utils/html.ts';
import { FIXED_NOW } from '../utils/paths.ts';

// The favourites page's JSON and the toggles in the built HTML.
const contentDir = favouritesContentDir();
let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(contentDir, FIXED_NOW);
}, 300_000);
afterAll(async () => {
	await disposeBuilds();
	removeContentDir(contentDir);
});

/** `kind:slug` of every entry of a content folder's collection, by whether it is a draft (templates `_*.mdx` left out). */
function entriesOf(collection: string): { published: string[]; drafts: string[] } {
	const files = readdirSync(join(contentDir, collection)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
	const isDraft = (file: string) =>
		(parse(readFileSync(join(contentDir, collection, file), 'utf8').split(/^---$/m)[1]) as { draft?: boolean }).draft === true;
	const id = (file: string) => `${collection}:${file.replace(/\.mdx$/, '')}`;
	return { published: files.filter((f) => !isDraft(f)).map(id), drafts: files.filter(isDraft).map(id) };
}

describe('favourites', () => {
	it('data.json holds every published course, event and programme and no draft', () => {
		const data = JSON.parse(site.read('/favoritter/data.json')) as FavouritesData;
		const all = ['courses', 'events', 'programmes'].map(entriesOf);
		const published = all.flatMap((e) => e.published);
		const drafts = all.flatMap((e) => e.drafts);
		expect(drafts.sort()).toEqual(['courses:kladd-lindrende-stell', 'events:kladd-seminar', 'programmes:kladd-program']);
		expect(Object.keys(data).sort()).toEqual(published.sort());
		expect(published.length).toBe(9);
	});

	it('data.json says what the cards say: date, place and registration state', () => {
		const data = JSON.parse(site.read('/favoritter/data.json')) as FavouritesData;
		const catalogue = site.read('/kurs/');
		for (const [id, record] of Object.entries(data).filter(([id]) => id.startsWith('courses:'))) {
			const card = elements(catalogue, 'article').find((a) => a.inner.includes(`href="${record.href}"`));
			expect(card, id).toBeDefined();
			for (const fact of [record.date, record.place, record.stateLabel]) if (fact) expect(card!.inner, id).toContain(fact);
		}
		expect(data['courses:legemiddelhandtering-tre-samlinger']).toMatchObject({
			href: '/kurs/legemiddelhandtering-tre-samlinger/',
			type: 'Hybrid',
			state: 'deadline-passed',
			ics: '/kurs/legemiddelhandtering-tre-samlinger.ics',
		});
		expect(data['courses:smittevern-e-laering'].ics).toBeUndefined();
		expect(data['events:fagdag-demens-2026'].ics).toBe('/arrangementer/fagdag-demens-2026.ics');
		// Every calendar file the JSON names was written.
		for (const record of Object.values(data)) if (record.ics) expect(site.has(record.ics), record.ics).toBe(true);
	});

	it('a hidden toggle on course, event and programme pages and cards; the footer links to the page', () => {
		const toggles = (path: string) => elements(site.read(path), 'button').filter((b) => 'data-favourite' in b.attributes);
		for (const [path, id] of [
			['/kurs/legemiddelhandtering-tre-samlinger/', 'courses:legemiddelhandtering-tre-samlinger'],
			['/arrangementer/fagdag-demens-2026/', 'events:fagdag-demens-2026'],
			['/program/demensprogram/', 'programmes:demensprogram'],
		]) {
			const [own] = toggles(path);
			expect(own.attributes['data-favourite'], path).toBe(id);
			expect(own.attributes['aria-pressed']).toBe('false');
			expect('hidden' in own.attributes).toBe(true);
		}
		expect(toggles('/program/').map((b) => b.attributes['data-favourite'])).toEqual(['programmes:demensprogram']);
		expect(toggles('/arrangementer/').length).toBe(2);
		expect(site.read('/')).toMatch(/<a href="\/favoritter\/">Favoritter<\/a>/);
	});
});

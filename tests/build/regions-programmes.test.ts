import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueData } from '../../src/catalogue/catalogue-page.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { elements, jsonLd, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture } from '../utils/paths.ts';

// The minimal fixture with two regions: Nordvik kommune names its region by name, Solberg by slug,
// and Fjordby sykehus has none (it serves both). A programme links a published course, a draft
// course and a step without a course.
const site = readFileSync(join(minimalFixture, 'site.yaml'), 'utf8');
const contentDir = makeContentDir({
	files: {
		'site.yaml': `${site}regions:\n  - slug: nordvik\n    name: Nordvik\n  - slug: solberg\n    name: Solberg\n`,
		'organisations/fjordby-sykehus.yaml': 'name: Fjordby sykehus\nshort_name: FS\nkind: hospital\n',
		'organisations/nordvik-kommune.yaml': 'name: Nordvik kommune\nkind: municipality\nregion: Nordvik\n',
		'organisations/solberg-kommune.yaml': 'name: Solberg kommune\nkind: municipality\nregion: solberg\n',
		'courses/demenskafe-solberg.mdx': [
			'---',
			'title: Demenskafé for pårørende i Solberg',
			'summary: Kveldsmøte for pårørende til personer med demens.',
			'organiser: solberg-kommune',
			'topics: [demens]',
			'audiences: [alle]',
			'format: classroom',
			'sessions:',
			'  - start: "2027-05-05T18:00"',
			'    end: "2027-05-05T20:00"',
			'    place: Solberg bibliotek',
			'---',
			'',
			'Velkommen til demenskafé.',
		].join('\n'),
		'programmes/demensprogram.mdx': [
			'---',
			'title: Demensprogram for hjemmetjenesten',
			'summary: Halvårig program med kurs og veiledning i egen tjeneste.',
			'organiser: fjordby-sykehus',
			'partners: [nordvik-kommune]',
			'topics: [demens]',
			'audiences: [helsefagarbeider, sykepleier]',
			'duration: 6 måneder',
			'intake: Løpende opptak',
			'steps:',
			'  - title: Forflytning i hverdagen',
			'    course: forflytning-vinter-og-sommer',
			'    description: Ta kurset i løpet av første måned.',
			'  - title: Veiledning i egen tjeneste',
			'  - title: Lindrende stell',
			'    course: kladd-lindrende-stell',
			'---',
			'',
			'Programmet kombinerer kurs med veiledning.',
		].join('\n'),
	},
});

let built: BuiltSite;
beforeAll(async () => {
	built = await buildSite(contentDir, FIXED_NOW);
});
afterAll(async () => {
	await disposeBuilds();
	removeContentDir(contentDir);
});

/** Paths of the course, event and organisation pages a page's main content links to. */
const linked = (path: string, section = '(kurs|arrangementer|organisasjoner)') =>
	[...new Set(elements(mainOf(built.read(path)), 'a').map((a) => a.attributes.href ?? ''))]
		.filter((href) => new RegExp(`^/${section}/[a-z0-9-]+/$`).test(href))
		.sort();

describe('region pages', () => {
	it('list the region’s upcoming courses and events, those of organisations without a region, and the region’s organisations', () => {
		expect(linked('/region/nordvik/')).toEqual([
			'/arrangementer/webinar-legemiddelsamstemming/',
			'/kurs/forflytning-vinter-og-sommer/',
			'/kurs/forstehjelp-avlyst/',
			'/kurs/legemiddelhandtering-tre-samlinger/',
			'/kurs/sarbehandling-fullt/',
			'/kurs/smittevern-e-laering/',
			'/organisasjoner/nordvik-kommune/',
		]);
		expect(linked('/region/solberg/')).toEqual([
			'/kurs/demenskafe-solberg/',
			'/kurs/forflytning-vinter-og-sommer/',
			'/kurs/sarbehandling-fullt/',
			'/kurs/smittevern-e-laering/',
			'/organisasjoner/solberg-kommune/',
		]);
		expect(textOf(mainOf(built.read('/region/solberg/')))).toContain('Solberg');
	});

	it('link the catalogue filtered to the region; the catalogue offers every region by slug', () => {
		expect(elements(mainOf(built.read('/region/nordvik/')), 'a').some((a) => a.attributes.href === '/kurs/?region=nordvik')).toBe(true);
		const { facets } = JSON.parse(built.read('/kurs/katalog.json')) as CatalogueData;
		expect(facets.region).toEqual([
			['nordvik', 'Nordvik'],
			['solberg', 'Solberg'],
		]);
	});

	it('mark home page cards with their organiser’s region (empty for the hospital) and offer the picker', () => {
		const home = built.read('/');
		const regionOf = (slug: string) => {
			const item = elements(home, 'li').find((li) => li.inner.includes(`href="/kurs/${slug}/"`));
			return item?.attributes['data-region'];
		};
		expect(regionOf('forstehjelp-avlyst')).toBe('nordvik');
		expect(regionOf('demenskafe-solberg')).toBe('solberg');
		expect(regionOf('sarbehandling-fullt')).toBe('');
		const select = elements(home, 'select')[0];
		expect(select.attributes.name).toBe('region');
		expect(elements(select.inner, 'option').map((o) => o.attributes.value)).toEqual(['', 'nordvik', 'solberg']);
		expect(elements(home, 'label').some((l) => l.attributes.for === select.attributes.id)).toBe(true);
		expect(elements(built.read('/organisasjoner/solberg-kommune/'), 'a').some((a) => a.attributes.href === '/region/solberg/')).toBe(true);
	});
});

describe('programmes', () => {
	const page = '/program/demensprogram/';

	it('are listed on /program/ and have a page with their steps, linking published courses only', () => {
		expect(linked('/program/', 'program')).toEqual([page]);
		const main = mainOf(built.read(page));
		const steps = elements(main, 'li').filter((li) => li.attributes.class === 'step');
		expect(steps.map((li) => textOf(elements(li.inner, 'h3')[0].inner))).toEqual([
			'Forflytning i hverdagen',
			'Veiledning i egen tjeneste',
			'Lindrende stell',
		]);
		expect(elements(steps[0].inner, 'a')[0].attributes.href).toBe('/kurs/forflytning-vinter-og-sommer/');
		expect(elements(steps[1].inner, 'a')).toEqual([]);
		expect(elements(steps[2].inner, 'a')).toEqual([]);
		expect(textOf(main)).toContain('Løpende opptak');
	});

	it('carry EducationalOccupationalProgram JSON-LD with their published courses', () => {
		const data = jsonLd(built.read(page)) as Record<string, unknown>[];
		const programme = data.find((d) => d['@type'] === 'EducationalOccupationalProgram')!;
		expect(programme).toMatchObject({
			name: 'Demensprogram for hjemmetjenesten',
			timeToComplete: 'P6M',
			provider: { name: 'Fjordby sykehus' },
		});
		expect(programme.hasCourse).toEqual([
			{ '@type': 'Course', name: 'Trygg forflytning i sykehjem', url: 'https://test.example/kurs/forflytning-vinter-og-sommer/' },
		]);
	});

	it('are searchable as «Program» and in the header navigation', () => {
		const html = built.read(page);
		// Pagefind's fragment of a page: gzipped JSON after a signature.
		const fragments = readdirSync(join(built.outDir, 'pagefind', 'fragment')).map(
			(file) =>
				JSON.parse(
					gunzipSync(readFileSync(join(built.outDir, 'pagefind', 'fragment', file)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				) as { url: string; filters: Record<string, string[]> },
		);
		expect(fragments.find((f) => f.url === page)?.filters.type).toEqual(['Program']);
		const nav = elements(html, 'nav').find((n) => n.attributes.class === 'main-nav')!;
		expect(elements(nav.inner, 'a').map((a) => a.attributes.href)).toContain('/program/');
	});

	it('are listed on the pages of their courses', () => {
		expect(linked('/kurs/forflytning-vinter-og-sommer/', 'program')).toEqual([page]);
		expect(linked('/kurs/sarbehandling-fullt/', 'program')).toEqual([]);
	});
});

describe('related items', () => {
	/** The related cards' links of a page. */
	const relatedOn = (path: string) => {
		const section = elements(built.read(path), 'section').find((s) => s.attributes['aria-labelledby'] === 'related-title');
		return section ? elements(section.inner, 'a').map((a) => a.attributes.href ?? '') : [];
	};

	it('are at most three, never the page itself, sharing a topic or the organiser, and not past while upcoming ones exist', () => {
		const pages = built.pages().filter((p) => /^\/(kurs|arrangementer|nyheter)\/[a-z][a-z0-9-]+\/$/.test(p));
		expect(pages.length).toBeGreaterThan(10);
		const past = ['/kurs/demens-grunnkurs-hosten-2026/', '/arrangementer/fagdag-demens-2026/'];
		for (const path of pages) {
			const related = relatedOn(path);
			expect(related.length, path).toBeLessThanOrEqual(3);
			expect(related, path).not.toContain(path);
			if (related.some((href) => !past.includes(href)))
				expect(
					related.filter((href) => past.includes(href)),
					path,
				).toEqual([]);
		}
	});

	it('put items sharing a topic first, the soonest first', () => {
		// Forflytning (demens, Fjordby sykehus): upcoming demens courses soonest first, before the
		// hospital's other courses.
		expect(relatedOn('/kurs/forflytning-vinter-og-sommer/')).toEqual([
			'/nyheter/kursprogram-varen-2027/',
			'/nyheter/ny-avtale-om-hospitering/',
			'/kurs/forstehjelp-avlyst/',
		]);
		expect(relatedOn('/kurs/demenskafe-solberg/').every((href) => href !== '/kurs/sarbehandling-fullt/')).toBe(true);
	});

	it('are on news pages too, next to the contact block and the update date', () => {
		const html = built.read('/nyheter/kursprogram-varen-2027/');
		expect(relatedOn('/nyheter/kursprogram-varen-2027/').length).toBeGreaterThan(0);
		expect(textOf(mainOf(html))).toContain('Publisert');
	});
});

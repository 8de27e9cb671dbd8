import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardDate, cardPlace, registrationLabel } from '../../src/components/card-text.ts';
import { buildContentIndex, type IndexEntries } from '../../src/content-layer/content-index.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, projectRoot, sampleContent } from '../utils/paths.ts';
import { testContext } from '../utils/site-context.ts';

const run = promisify(execFile);

/** The "Anbefalt" section of a home page, its h2 and the hrefs of its cards in order. */
function featuredSection(html: string) {
	const main = mainOf(html);
	const section = elements(main, 'section').find((s) => s.attributes['data-featured'] !== undefined);
	const cards = section ? elements(section.inner, 'li') : [];
	return {
		main,
		section,
		heading: section && textOf(elements(section.inner, 'h2')[0].inner),
		hrefs: cards.map((li) => elements(li.inner, 'a')[0].attributes.href),
		cards,
	};
}

/** The hrefs `site.yaml`'s `featured` lists, in order (courses, events, news, programmes), read from the file itself. */
function listedHrefs(contentDir: string, leaveOut: string[] = []): string[] {
	const { featured } = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { featured: Record<string, string[]> };
	const section = { courses: 'kurs', events: 'arrangementer', news: 'nyheter', programmes: 'program' } as const;
	return (['courses', 'events', 'news', 'programmes'] as const).flatMap((key) =>
		(featured[key] ?? []).filter((slug) => !leaveOut.includes(slug)).map((slug) => `/${section[key]}/${slug}/`),
	);
}

afterAll(disposeBuilds);

describe('the sample home page: "Anbefalt" first, in the curators\' order', () => {
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(sampleContent, FIXED_NOW);
	});

	it('is the first section after the title, with every listed item in the order of site.yaml', () => {
		const { main, section, heading, hrefs } = featuredSection(site.read('/'));
		expect(section).toBeDefined();
		expect(heading).toBe('Anbefalt');
		// The first h2 of the page, right after the hero.
		expect(textOf(elements(main, 'h2')[0].inner)).toBe('Anbefalt');
		expect(main.indexOf('data-featured')).toBeLessThan(main.indexOf('Kommende kurs'));
		const expected = listedHrefs(sampleContent);
		expect(expected.length).toBeGreaterThanOrEqual(5);
		expect(hrefs).toEqual(expected);
	});

	it("gives each course and event its next date, place and registration state, as the content check's index says", () => {
		const { cards, hrefs } = featuredSection(site.read('/'));
		const ctx = testContext({ contentDir: sampleContent, now: FIXED_NOW });
		const { entries } = validateContent(sampleContent);
		const index = buildContentIndex(ctx, entries as unknown as IndexEntries);
		let checked = 0;
		for (const item of [...index.courses, ...index.events]) {
			const at = hrefs.indexOf(item.href);
			if (at < 0) continue;
			const text = textOf(cards[at].inner);
			const date = cardDate(ctx, item);
			if (date) expect(text, item.href).toContain(date.text);
			expect(text, item.href).toContain(cardPlace(ctx, item, index.locations));
			expect(text, item.href).toContain(registrationLabel(ctx, item.state));
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(3);
	});
});

describe('ended items and drafts are left out, with a warning', () => {
	// site.yaml: featured on line 7, courses.0 on line 9. The minimal fixture at FIXED_NOW (2027-01-15): demens-grunnkurs-hosten-2026 and
	// fagdag-demens-2026 have ended, kladd-lindrende-stell and utkast-ny-samarbeidsavtale are drafts.
	const left = ['demens-grunnkurs-hosten-2026', 'kladd-lindrende-stell', 'fagdag-demens-2026', 'utkast-ny-samarbeidsavtale'];
	const featured = [
		'featured:',
		'  courses:',
		'    - legemiddelhandtering-tre-samlinger',
		'    - demens-grunnkurs-hosten-2026',
		'    - kladd-lindrende-stell',
		'    - smittevern-e-laering',
		'    - sarbehandling-fullt',
		'  events:',
		'    - fagdag-demens-2026',
		'    - webinar-legemiddelsamstemming',
		'  news:',
		'    - utkast-ny-samarbeidsavtale',
		'    - kursprogram-varen-2027',
		'  programmes:',
		'    - demensprogram',
	].join('\n');
	const programme = [
		'---',
		'title: Demensprogrammet',
		'summary: Tre kurs om demens, tatt i rekkefølge.',
		'organiser: fjordby-sykehus',
		'topics: [demens]',
		'audiences: [sykepleier]',
		'duration: 6 måneder',
		'steps:',
		'  - title: Grunnkurs',
		'    course: legemiddelhandtering-tre-samlinger',
		'---',
		'',
		'Programmet går over et halvt år.',
		'',
	].join('\n');
	let contentDir: string;
	let site: BuiltSite;
	beforeAll(async () => {
		const siteYaml = readFileSync(join(minimalFixture, 'site.yaml'), 'utf8').replace(/^contact:/m, `${featured}\ncontact:`);
		contentDir = makeContentDir({ files: { 'site.yaml': siteYaml, 'programmes/demensprogram.mdx': programme } });
		site = await buildSite(contentDir, FIXED_NOW);
	});
	afterAll(() => removeContentDir(contentDir));

	it('shows the rest in order: courses (e-learning and a full course too), events, news, programmes', () => {
		const { hrefs, cards } = featuredSection(site.read('/'));
		expect(hrefs).toEqual(listedHrefs(contentDir, left));
		expect(hrefs).toHaveLength(6);
		// A full course says so, e-learning says it is always open; the programme is a card too.
		expect(textOf(cards[2].inner)).toContain('Fullt');
		expect(textOf(cards[1].inner)).toContain('E-læring');
		expect(textOf(cards[5].inner)).toContain('Program');
		expect(textOf(cards[5].inner)).toContain('6 måneder');
	});

	it('check:content warns about each one left out, at its line in site.yaml, and passes (exit 0)', async () => {
		const { stdout } = await run(process.execPath, [join(projectRoot, 'scripts', 'check-content.ts'), '--dir', contentDir], {
			cwd: projectRoot,
			env: { ...process.env, KB_NOW: FIXED_NOW },
		});
		const lines = stdout.split('\n').filter((line) => line.includes('site.yaml'));
		expect(lines).toEqual([
			'advarsel  site.yaml:10: featured.courses.1: er over og vises ikke lenger under «Anbefalt» på forsiden (ta den ut av lista) (verdi: «demens-grunnkurs-hosten-2026»)',
			'advarsel  site.yaml:11: featured.courses.2: er et utkast og vises ikke under «Anbefalt» på forsiden (publiser det, eller ta det ut av lista) (verdi: «kladd-lindrende-stell»)',
			'advarsel  site.yaml:15: featured.events.0: er over og vises ikke lenger under «Anbefalt» på forsiden (ta den ut av lista) (verdi: «fagdag-demens-2026»)',
			'advarsel  site.yaml:18: featured.news.0: er et utkast og vises ikke under «Anbefalt» på forsiden (publiser det, eller ta det ut av lista) (verdi: «utkast-ny-samarbeidsavtale»)',
		]);
		expect(stdout).toMatch(/^0 feil, \d+ advarsler$/m);
	});

	it('leaks no draft, by slug or by title, to the home page', () => {
		const home = site.read('/');
		const drafts = [...validateContent(contentDir).entries.courses, ...validateContent(contentDir).entries.news].filter(
			(e) => e.data.draft,
		);
		expect(drafts.map((d) => d.id).sort()).toEqual(['kladd-lindrende-stell', 'utkast-ny-samarbeidsavtale']);
		for (const draft of drafts) {
			expect(home).not.toContain(draft.id);
			expect(textOf(home)).not.toContain(draft.data.title as string);
		}
	});
});

describe('an unknown slug', () => {
	it('fails check:content with the line in site.yaml and the message (the build: broken-content.test.ts)', async () => {
		// The broken case site-featured-unknown-course runs through every broken-content check
		// (build, check:content, the validator in nb, nn and sv); here the whole report line, as a curator reads it.
		const contentDir = makeContentDir({ overlay: join(projectRoot, 'tests/fixtures/broken/site-featured-unknown-course') });
		try {
			const result = await run(process.execPath, [join(projectRoot, 'scripts', 'check-content.ts'), '--dir', contentDir]).catch(
				(error: { code: number; stdout: string }) => error,
			);
			expect('code' in result ? result.code : 0).toBe(1);
			expect(result.stdout).toContain(
				'feil  site.yaml:10: featured.courses.1: finnes ikke i courses/ (ukjent referanse) (verdi: «demens-videregaende»)',
			);
		} finally {
			removeContentDir(contentDir);
		}
	});
});

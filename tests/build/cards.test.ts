import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeList, type ListData } from '../../src/filters/list-data.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';

// Issue 17, item 3: course cards show the price ("Gratis" when 0, else in the site's currency),
// and every card names its organiser in full, never by an abbreviation alone. Read from the
// built course list and the catalogue script's data, against the content files themselves.

/** The YAML front matter (or whole YAML file) of a content file. */
const dataOf = (file: string) => {
	const text = readFileSync(file, 'utf8');
	return parse(text.startsWith('---') ? text.split(/^---$/m)[1] : text) as Record<string, unknown>;
};
const filesOf = (folder: string) =>
	readdirSync(join(sampleContent, folder)).map((name) => [name.replace(/\.\w+$/, ''), join(sampleContent, folder, name)]);

/** Published courses (drafts are not built). */
const courses = new Map(
	filesOf('courses')
		.map(([slug, file]) => [slug, dataOf(file) as { price?: number; organiser: string; draft?: boolean }] as const)
		.filter(([, data]) => !data.draft),
);
const organisations = new Map(filesOf('organisations').map(([id, file]) => [id, dataOf(file) as { name: string; short_name?: string }]));
const nok = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });
/** Spaces as `textOf` gives them (Intl puts no-break spaces in «1 500 kr»). */
const spaced = (text: string) => text.replace(/\s+/g, ' ');
const expectedPrice = (price?: number) => (price === undefined ? undefined : price === 0 ? 'Gratis' : spaced(nok.format(price)));

/** Course cards of every page of the course list (`/kurs/`, `/kurs/2/` …): slug → the texts of the meta line's parts. */
function courseCards(site: BuiltSite): Map<string, string[]> {
	const cards = new Map<string, string[]>();
	const html = site
		.pages()
		.filter((p) => /^\/kurs\/(\d+\/)?$/.test(p))
		.map((p) => mainOf(site.read(p)))
		.join('');
	for (const card of elements(html, 'article').filter((a) => a.attributes.class === 'card')) {
		const href = elements(card.inner, 'a')[0].attributes.href;
		const meta = elements(card.inner, 'p').find((p) => p.attributes.class === 'card__meta');
		const parts = meta ? [...elements(meta.inner, 'span'), ...elements(meta.inner, 'time')].map((e) => textOf(e.inner)) : [];
		cards.set(href.split('/').at(-2)!, parts);
	}
	return cards;
}

describe('course and programme cards', () => {
	let site: BuiltSite;
	beforeAll(async () => {
		site = await buildSite(sampleContent, FIXED_NOW);
	});
	afterAll(disposeBuilds);

	it('the sample content has free and paid courses and organisers with short names (what the checks below need)', () => {
		const prices = [...courses.values()].map((c) => c.price);
		expect(prices).toContain(0);
		expect(prices.some((p) => p !== undefined && p > 0)).toBe(true);
		expect([...organisations.values()].some((o) => o.short_name)).toBe(true);
	});

	it('a course card shows its price ("Gratis" when 0) and its organiser by full name', () => {
		const cards = courseCards(site);
		expect(cards.size).toBe(courses.size);
		for (const [slug, parts] of cards) {
			const course = courses.get(slug)!;
			const price = expectedPrice(course.price);
			if (price) expect(parts, slug).toContain(price);
			else
				expect(
					parts.filter((p) => p === 'Gratis' || /kr/.test(p)),
					slug,
				).toEqual([]);
			const organiser = organisations.get(course.organiser)!;
			expect(parts, slug).toContain(organiser.name);
			if (organiser.short_name && organiser.short_name !== organiser.name) expect(parts, slug).not.toContain(organiser.short_name);
		}
	});

	it('the catalogue script renders the same price, place and full organiser name as the server cards', () => {
		const data = JSON.parse(site.read('/kurs/katalog.json')) as ListData;
		const cards = courseCards(site);
		for (const course of decodeList(data, Date.parse(FIXED_NOW))) {
			const slug = course.href.split('/').at(-2)!;
			const parts = cards.get(slug)!;
			expect(spaced(course.price), slug).toBe(expectedPrice(courses.get(slug)!.price) ?? '');
			expect(course.organiser, slug).toBe(organisations.get(courses.get(slug)!.organiser)!.name);
			expect(parts, slug).toContain(course.organiser);
			if (course.place) expect(parts, slug).toContain(course.place);
		}
	});

	it('programme cards name the organiser in full', () => {
		const html = mainOf(site.read('/program/'));
		const programmes = filesOf('programmes').map(([, file]) => dataOf(file) as { organiser: string });
		expect(programmes.length).toBeGreaterThan(0);
		for (const { organiser } of programmes) expect(html).toContain(`<span>${organisations.get(organiser)!.name}</span>`);
	});
});

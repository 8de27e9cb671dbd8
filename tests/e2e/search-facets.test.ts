import type { Page } from 'playwright-core';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { validCourse, validEvent } from '../utils/entries.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// Issue 18, item 6: a filter value's count is what ticking it would give. Within a key the values
// are ORed, so a key's counts leave its own ticked values out; across keys they are ANDed, so a
// key with nothing ticked counts within the current results. A word only these pages carry:
//                    type         topic
//   course 1         Kurs         Demens
//   course 2         Kurs         Demens, Legemidler
//   course 3         Kurs         Legemidler
//   event 1          Arrangement  Demens
//   event 2          Arrangement  Legemidler
//   news 1           Nyhet        Legemidler
// (The minimal fixture's other pages carry the same topics without the word.)
const WORD = 'hjertestarter';
const mdx = (front: Record<string, unknown>) => `---\n${stringify(front)}---\n\nOm bruk av ${WORD} på jobben.\n`;
const course = (n: number, topics: string[]) => [
	`courses/hjerte-${n}.mdx`,
	mdx({ ...validCourse(), title: `Hjertestarterkurs ${n}`, summary: `Kurs ${n} om ${WORD} og førstehjelp.`, topics }),
];
const event = (n: number, topics: string[]) => [
	`events/hjerte-${n}.mdx`,
	mdx({ ...validEvent(), title: `Hjertestarterdag ${n}`, summary: `Fagdag ${n} om ${WORD}.`, topics }),
];
const content = makeContentDir({
	files: Object.fromEntries([
		course(1, ['demens']),
		course(2, ['demens', 'legemidler']),
		course(3, ['legemidler']),
		event(1, ['demens']),
		event(2, ['legemidler']),
		[
			'news/hjerte-nytt.mdx',
			mdx({
				title: 'Ny hjertestarter i foajeen',
				summary: `Sykehuset har fått en ny ${WORD}.`,
				date: '2027-01-10',
				organisation: 'fjordby-sykehus',
				topics: ['legemidler'],
			}),
		],
	]),
});
const served = useServedSite(content, FIXED_NOW, () => removeContentDir(content));

const settled = (page: Page) => page.waitForSelector('.search__results[aria-busy="false"]');
const results = async (page: Page) => Number((await page.locator('[data-status]').innerText()).match(/^(\d+) treff/)?.[1] ?? 0);
const box = (page: Page, key: string, value: string) => page.locator(`input[name="${key}"][value="${value}"]`);
/** The count beside a value: a number, or null where none is shown. */
const shown = async (page: Page, key: string, value: string) => {
	const text = await page.locator(`label:has(input[name="${key}"][value="${value}"]) .facet__count`).textContent();
	return text ? Number(text.slice(1, -1)) : null;
};
const counts = async (page: Page, key: string, values: string[]) =>
	Object.fromEntries(await Promise.all(values.map(async (v) => [v, await shown(page, key, v)])));

/** Ticks or unticks a value and waits for the search it starts to be shown. */
async function toggle(page: Page, key: string, value: string, on: boolean): Promise<void> {
	const param = `${key}=${encodeURIComponent(value)}`;
	await box(page, key, value).setChecked(on);
	await expect.poll(() => new URL(page.url()).search.includes(param)).toBe(on);
	await settled(page);
}

async function open(path: string): Promise<Page> {
	const page = await (await served.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
	await page.goto(`${served.server.url}${path}`);
	await settled(page);
	return page;
}

describe('facet counts on the search page', () => {
	it('ticking a second value of a key adds exactly the results its count promised', async () => {
		const page = await open(`/sok/?q=${WORD}`);
		expect(await results(page)).toBe(6);
		// A plain query has loaded no filter data: no counts rather than the site's totals.
		expect(await counts(page, 'type', ['Kurs', 'Arrangement'])).toEqual({ Kurs: null, Arrangement: null });

		await toggle(page, 'type', 'Kurs', true);
		expect(await results(page)).toBe(3);
		// The other types count as if Kurs were not ticked (ticking them ORs them in), not 0.
		expect(await counts(page, 'type', ['Kurs', 'Arrangement', 'Nyhet'])).toEqual({ Kurs: 3, Arrangement: 2, Nyhet: 1 });
		for (const value of ['Arrangement', 'Nyhet']) {
			const before = await results(page);
			const promised = (await shown(page, 'type', value))!;
			await toggle(page, 'type', value, true);
			expect(await results(page), `ticking type=${value}`).toBe(before + promised);
			await toggle(page, 'type', value, false);
			expect(await results(page)).toBe(before);
		}
		await page.context().close();
	});

	it('with two keys ticked, each counts within the filter of the other', async () => {
		const page = await open(`/sok/?q=${WORD}&type=Kurs&topic=Demens`);
		// Kurs AND Demens: courses 1 and 2.
		expect(await results(page)).toBe(2);
		// Types within Demens (courses 1, 2; event 1); topics within Kurs (1, 2 | 2, 3).
		expect(await counts(page, 'type', ['Kurs', 'Arrangement', 'Nyhet'])).toEqual({ Kurs: 2, Arrangement: 1, Nyhet: 0 });
		expect(await counts(page, 'topic', ['Demens', 'Legemidler'])).toEqual({ Demens: 2, Legemidler: 2 });
		// A key no search has used yet shows no count.
		expect(new Set(await page.locator('[data-facet="organiser"] .facet__count').allTextContents())).toEqual(new Set(['']));
		const promised = (await shown(page, 'type', 'Arrangement'))!;
		await toggle(page, 'type', 'Arrangement', true);
		expect(await results(page)).toBe(2 + promised);
		await page.context().close();
	});

	it('a key with nothing ticked counts within the current results: ticking a value gives exactly its count', async () => {
		const page = await open(`/sok/?q=${WORD}&type=Kurs&topic=Demens`);
		// Untick the topic: its filter data stays loaded, so it now counts within the 3 courses.
		await toggle(page, 'topic', 'Demens', false);
		expect(await results(page)).toBe(3);
		expect(await counts(page, 'topic', ['Demens', 'Legemidler'])).toEqual({ Demens: 2, Legemidler: 2 });
		for (const value of ['Demens', 'Legemidler']) {
			const promised = await shown(page, 'topic', value);
			await toggle(page, 'topic', value, true);
			expect(await results(page), `ticking topic=${value}`).toBe(promised);
			await toggle(page, 'topic', value, false);
		}
		// Counts are within the results, not the site: the minimal fixture has more Demens pages.
		const all = await open('/sok/');
		expect(await shown(all, 'topic', 'Demens')).toBeGreaterThan(3);
		await all.context().close();
		await page.context().close();
	});
});

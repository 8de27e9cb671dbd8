/**
 * `node scripts/phone-screenshots.ts <before|after> [dist]`: phone screenshots (390 × 844) of the
 * home page, a search result, the catalogue with its filters open and a course page, saved as
 * docs/screenshots/phone-<label>-<page>.png, and the figures issue 17 measured on a phone: the
 * header's height, the y of the search's hit count and of "Målgruppe" on the course page. Builds
 * the sample content at the tests' fixed "now" unless an existing build folder is given.
 */
import type { Page } from 'playwright-core';
import { takeScreenshots } from './screenshot-session.ts';

const label = process.argv[2];
if (label !== 'before' && label !== 'after') {
	console.error('usage: node scripts/phone-screenshots.ts <before|after> [dist]');
	process.exit(2);
}
const phone = { width: 390, height: 844 };

/** Top of the first element matching `selector` in page coordinates (null when there is none). */
const topOf = (page: Page, selector: string) =>
	page.evaluate((s) => {
		const el = document.querySelector(s);
		return el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null;
	}, selector);

const SHOTS: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
	{
		name: 'home',
		path: '/',
		prepare: async (page) => {
			const height = await page.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height));
			console.log(`header height at 390×844: ${height} px`);
		},
	},
	{
		name: 'search',
		path: '/sok/?q=demens',
		prepare: async (page) => {
			console.log(`search hit count y: ${await topOf(page, '.search__status')} px`);
			console.log(`search first result y: ${await topOf(page, '.search__list > li')} px`);
		},
	},
	{
		name: 'catalogue',
		path: '/kurs/',
		// The filter panel is folded on phones: open it, as a user looking for filters would.
		prepare: async (page) => {
			const panel = page.locator('form[data-catalogue] details').first();
			if ((await panel.count()) && !(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
				await panel.locator('summary').first().click();
			}
			console.log(`catalogue count y (filters open): ${await topOf(page, '#catalogue-count')} px`);
		},
	},
	{
		name: 'course',
		path: '/kurs/demensomsorg-i-praksis/',
		prepare: async (page) => {
			const y = await page.evaluate(() => {
				const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent?.trim() === 'Målgruppe');
				return dt ? Math.round(dt.getBoundingClientRect().top + window.scrollY) : null;
			});
			console.log(`course "Målgruppe" y: ${y} px`);
		},
	},
];

await takeScreenshots(
	SHOTS.map(({ name, path, prepare }) => ({ file: `phone-${label}-${name}`, path, viewport: phone, prepare })),
	process.argv[3],
);

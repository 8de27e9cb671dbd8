/**
 * `node scripts/phone-screenshots.ts <before|after> [dist]`: phone screenshots (390 × 844) of the
 * home page, a search result, the catalogue with its filters open and a course page, saved as
 * docs/screenshots/phone-<label>-<page>.png, and the figures issue 17 measured on a phone: the
 * header's height, the y of the search's hit count and of "Målgruppe" on the course page. Builds
 * the sample content at the tests' fixed "now" unless an existing build folder is given.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/utils/browser.ts';
import { runLockedAstroBuild } from '../tests/utils/build.ts';
import { contextAtBuildTime, openSettled } from '../tests/utils/open-page.ts';
import { FIXED_NOW, projectRoot, sampleContent } from '../tests/utils/paths.ts';
import { serveDist } from './server.ts';

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
	{ name: 'home', path: '/' },
	{ name: 'search', path: '/sok/?q=demens' },
	{
		name: 'catalogue',
		path: '/kurs/',
		// The filter panel is folded on phones: open it, as a user looking for filters would.
		prepare: async (page) => {
			const panel = page.locator('form[data-catalogue] details').first();
			if ((await panel.count()) && !(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
				await panel.locator('summary').first().click();
			}
		},
	},
	{ name: 'course', path: '/kurs/demensomsorg-i-praksis/' },
];

let distDir = process.argv[3];
let cleanUp = false;
if (!distDir) {
	const build = await runLockedAstroBuild({ contentDir: sampleContent, now: FIXED_NOW });
	if (build.code !== 0) {
		console.error(build.output);
		process.exit(1);
	}
	distDir = build.outDir;
	cleanUp = true;
}
const outDir = join(projectRoot, 'docs', 'screenshots');
const server = await serveDist(distDir);
const browser = await launchBrowser();
try {
	mkdirSync(outDir, { recursive: true });
	for (const { name, path, prepare } of SHOTS) {
		const context = await contextAtBuildTime(browser, { viewport: phone });
		const page = await openSettled(context, `${server.url}${path}`);
		await prepare?.(page);
		if (name === 'home') {
			const height = await page.evaluate(() => Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height));
			console.log(`header height at 390×844: ${height} px`);
		}
		if (name === 'search') console.log(`search hit count y: ${await topOf(page, '.search__status')} px`);
		if (name === 'search') console.log(`search first result y: ${await topOf(page, '.search__list > li')} px`);
		if (name === 'catalogue') console.log(`catalogue count y (filters open): ${await topOf(page, '#catalogue-count')} px`);
		if (name === 'course') {
			const y = await page.evaluate(() => {
				const dt = [...document.querySelectorAll('dt')].find((d) => d.textContent?.trim() === 'Målgruppe');
				return dt ? Math.round(dt.getBoundingClientRect().top + window.scrollY) : null;
			});
			console.log(`course "Målgruppe" y: ${y} px`);
		}
		const file = join(outDir, `phone-${label}-${name}.png`);
		await page.screenshot({ path: file });
		await context.close();
		console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
	}
} finally {
	await browser.close();
	await server.close();
	if (cleanUp) rmSync(distDir, { recursive: true, force: true });
}

import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { FIXED_NOW } from './paths.ts';

/** A browser context whose clock stands at build time (`FIXED_NOW`), as the page scripts expect. */
export async function contextAtBuildTime(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.clock.setFixedTime(new Date(FIXED_NOW));
	return context;
}

/** Opens `url` in `context` and waits for what the page scripts render: the search's results, the catalogue's filters. */
export async function openSettled(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	if (await page.locator('[data-search]').count()) await page.waitForSelector('.search__results[aria-busy="false"]');
	if (await page.locator('form[data-catalogue]').count()) await page.locator('form[data-catalogue]').waitFor({ state: 'visible' });
	return page;
}

/** Runs `visit` on every path, a few pages at a time. */
export async function eachPath(paths: string[], visit: (path: string) => Promise<void>, parallel = 3): Promise<void> {
	const queue = [...paths];
	const worker = async () => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) await visit(path);
	};
	await Promise.all(Array.from({ length: parallel }, worker));
}

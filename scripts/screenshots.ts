/**
 * `npm run screenshots`: builds the sample content at the tests' fixed "now" (so the pictures do
 * not change with the date), serves it with the production headers and saves what fits in the
 * window (not the full page, to keep the files small) of the main pages, desktop (1280 px) and
 * mobile (375 px), plus the home page in dark mode, to docs/screenshots/. Uses the test helpers
 * for the build (with its machine-wide lock), Chromium and the clock.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/utils/browser.ts';
import { runLockedAstroBuild } from '../tests/utils/build.ts';
import { contextAtBuildTime, openSettled } from '../tests/utils/open-page.ts';
import { FIXED_NOW, projectRoot, sampleContent } from '../tests/utils/paths.ts';
import { serveDist } from './server.ts';

const PAGES = {
	home: '/',
	courses: '/kurs/',
	course: '/kurs/demensomsorg-i-praksis/',
	search: '/sok/?q=demens',
	event: '/arrangementer/kompetansekonferansen-2027/',
};
interface Shot {
	page: keyof typeof PAGES;
	/** File name without `.png`. */
	name: string;
	viewport: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
}
const desktop = { width: 1280, height: 800 };
const SHOTS: Shot[] = [
	...(Object.keys(PAGES) as Shot['page'][]).flatMap((page) => [
		{ page, name: `${page}-desktop`, viewport: desktop },
		{ page, name: `${page}-mobile`, viewport: { width: 375, height: 740 } },
	]),
	{ page: 'home', name: 'home-desktop-dark', viewport: desktop, colorScheme: 'dark' },
];

const outDir = join(projectRoot, 'docs', 'screenshots');
const build = await runLockedAstroBuild({ contentDir: sampleContent, now: FIXED_NOW });
if (build.code !== 0) {
	console.error(build.output);
	process.exit(1);
}
const server = await serveDist(build.outDir);
const browser = await launchBrowser();
try {
	mkdirSync(outDir, { recursive: true });
	for (const { page: key, name, viewport, colorScheme = 'light' } of SHOTS) {
		const context = await contextAtBuildTime(browser, { viewport, colorScheme });
		const page = await openSettled(context, `${server.url}${PAGES[key]}`);
		const file = join(outDir, `${name}.png`);
		await page.screenshot({ path: file });
		await context.close();
		console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
	}
} finally {
	await browser.close();
	await server.close();
	rmSync(build.outDir, { recursive: true, force: true });
}

/**
 * What the screenshot scripts share: the sample content built at the tests' fixed "now" (or a build
 * folder given), served with the production headers, Chromium at the build's clock, and one PNG per
 * shot in docs/screenshots/. Uses the test helpers for the build (with its machine-wide lock).
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/utils/browser.ts';
import { runLockedAstroBuild } from '../tests/utils/build.ts';
import { contextAtBuildTime, openSettled } from '../tests/utils/open-page.ts';
import { FIXED_NOW, projectRoot, sampleContent } from '../tests/utils/paths.ts';
import { serveDist } from './server.ts';

export const SCREENSHOT_DIR = join(projectRoot, 'docs', 'screenshots');

export interface Shot {
	/** File name in docs/screenshots/, without `.png`. */
	file: string;
	/** Site path, with its query. */
	path: string;
	viewport: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
	/** Runs on the settled page before the picture (open a panel, print a figure …). */
	prepare?: (page: Page) => Promise<void>;
}

/** Takes every shot (what fits in the window, not the full page, to keep the files small). */
export async function takeScreenshots(shots: Shot[], distDir?: string): Promise<void> {
	let outDir = distDir;
	if (!outDir) {
		const build = await runLockedAstroBuild({ contentDir: sampleContent, now: FIXED_NOW });
		if (build.code !== 0) {
			console.error(build.output);
			process.exit(1);
		}
		outDir = build.outDir;
	}
	const server = await serveDist(outDir);
	const browser = await launchBrowser();
	try {
		mkdirSync(SCREENSHOT_DIR, { recursive: true });
		for (const { file, path, viewport, colorScheme = 'light', prepare } of shots) {
			const context = await contextAtBuildTime(browser, { viewport, colorScheme });
			const page = await openSettled(context, `${server.url}${path}`);
			await prepare?.(page);
			const png = join(SCREENSHOT_DIR, `${file}.png`);
			await page.screenshot({ path: png });
			await context.close();
			console.log(`${png} (${Math.round(statSync(png).size / 1024)} kB)`);
		}
	} finally {
		await browser.close();
		await server.close();
		if (!distDir) rmSync(outDir, { recursive: true, force: true });
	}
}

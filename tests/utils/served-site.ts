import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { type BuiltSite, buildSite, disposeBuilds } from './build.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface ServedSite {
	site: BuiltSite;
	server: StaticServer;
	browser: Browser;
}

/**
 * For one browser test file: builds `contentDir` at `now`, serves it on loopback and starts
 * Chromium before the tests, and cleans all three up after them. The fields are set in `beforeAll`.
 */
export function useServedSite(contentDir: string | (() => string), now: string, cleanUp?: () => void): ServedSite {
	const served = {} as ServedSite;
	beforeAll(async () => {
		served.site = await buildSite(typeof contentDir === 'function' ? contentDir() : contentDir, now);
		served.server = await serveStatic(served.site.outDir);
		served.browser = await launchBrowser();
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.server?.close();
		await disposeBuilds();
		cleanUp?.();
	});
	return served;
}

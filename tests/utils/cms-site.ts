import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite, disposeBuilds } from './build.ts';
import { type DecapBackend, startDecapBackend } from './decap-server.ts';
import { FIXED_NOW, sampleContent } from './paths.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** The CMS as an editor reaches it: the real decap-server, the built site that talks to it, Chromium. */
export interface CmsSite {
	/** decap-server (git mode) on a throw-away repository of the sample content. */
	backend: DecapBackend;
	/** The sample site, built at `FIXED_NOW` with its CMS pointed at `backend`, served on loopback. */
	server: StaticServer;
	browser: Browser;
}

/** Starts the three for a browser test of the CMS; stop them with `stopCmsSite`. */
export async function startCmsSite(): Promise<CmsSite> {
	const backend = await startDecapBackend();
	const site = await buildSite(sampleContent, FIXED_NOW, { KB_CMS_LOCAL_BACKEND: backend.apiUrl });
	const server = await serveStatic(site.outDir);
	const browser = await launchBrowser();
	return { backend, server, browser };
}

/** Stops whatever of a `CmsSite` was started (a failed start leaves some undefined) and drops the builds. */
export async function stopCmsSite({ backend, server, browser }: Partial<CmsSite>): Promise<void> {
	await browser?.close();
	await server?.close();
	await backend?.stop();
	await disposeBuilds();
}

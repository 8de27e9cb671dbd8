import { type Browser, chromium } from 'playwright-core';
import { UI_WAIT } from './waits.ts';

/** Debian's Chromium; `npx playwright install` cannot run here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium with the flags this machine needs (no background network, no sandbox as root).
 * Every context it makes (also through `browser.newPage()`) waits up to `UI_WAIT` for an element,
 * a URL or a navigation.
 */
export async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => {
		const context = await newContext(options);
		context.setDefaultTimeout(UI_WAIT);
		return context;
	};
	return browser;
}

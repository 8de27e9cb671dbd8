import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextAtBuildTime, openSettled } from '../utils/open-page.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// Media features on the sample content: prefers-reduced-motion and print.
const served = useServedSite(sampleContent, FIXED_NOW);

/** Longest transition and animation of the matching elements and their ::before / ::after, in seconds. */
const longestMotion = (page: Page, selector: string) =>
	page.evaluate((selector) => {
		const seconds = (value: string) => Math.max(...value.split(',').map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1)));
		const styles = [...document.querySelectorAll(selector)].flatMap((e) =>
			[null, '::before', '::after'].map((pseudo) => getComputedStyle(e, pseudo)),
		);
		return Math.max(...styles.map((s) => Math.max(seconds(s.transitionDuration), seconds(s.animationDuration))));
	}, selector);

/** Whether the first element matching each selector is rendered, the sign-up link's URL and `::after` text, the page background. */
function printed() {
	const rendered = (selector: string) => {
		const e = document.querySelector(selector);
		return e ? `${selector}: ${e.getClientRects().length > 0 ? 'shown' : 'hidden'}` : `${selector}: missing`;
	};
	const link = document.querySelector<HTMLAnchorElement>('.registration .actions a[href^="http"]');
	return {
		hidden: ['.site-header', '.main-nav', '.search-form', '.breadcrumbs', '.site-footer', '.calendar-links'].map(rendered),
		shown: ['h1', '.detail__main time', '.place', '.registration'].map(rendered),
		link: link ? [link.href, getComputedStyle(link, '::after').content] : [],
		background: getComputedStyle(document.documentElement).backgroundColor,
	};
}

/** Interactive elements, whose transitions and animations reduced motion must turn off. */
const INTERACTIVE = 'a, button, input, select, summary, .button';

describe('media features', () => {
	it('prefers-reduced-motion turns off every transition and animation of interactive elements', async () => {
		const motion = async (reducedMotion: 'reduce' | 'no-preference') => {
			const context = await contextAtBuildTime(served.browser, { reducedMotion, viewport: { width: 1280, height: 900 } });
			return longestMotion(await openSettled(context, `${served.server.url}/kurs/`), INTERACTIVE);
		};
		expect(await motion('no-preference')).toBeGreaterThan(0);
		expect(await motion('reduce')).toBe(0);
	});

	it.each(['/kurs/demensomsorg-i-praksis/', '/arrangementer/kompetansekonferansen-2027/'])(
		'printing %s keeps dates, place and the sign-up link with its URL, without navigation, search and footer, in light colours',
		async (path) => {
			const page = await (await contextAtBuildTime(served.browser, { colorScheme: 'dark' })).newPage();
			await page.goto(`${served.server.url}${path}`);
			await page.emulateMedia({ media: 'print' });
			const { hidden, shown, link, background } = await page.evaluate(printed);
			for (const state of hidden) expect(state).toMatch(/: hidden$/);
			for (const state of shown) expect(state).toMatch(/: shown$/);
			expect(link[1]).toBe(`" (${link[0]})"`);
			expect(background).toBe('rgb(255, 255, 255)');
		},
	);
});

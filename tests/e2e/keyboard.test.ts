import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextAtBuildTime, openSettled } from '../utils/open-page.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// Keyboard-only journeys on the sample content (Tab, Enter and Space, no mouse), and a visible
// focus indicator on every Tab stop of the main pages.
const COURSE = '/kurs/demensomsorg-i-praksis/';

const served = useServedSite(sampleContent, FIXED_NOW);

async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	const context = await contextAtBuildTime(served.browser, { colorScheme, viewport: { width: 1280, height: 900 } });
	return openSettled(context, `${served.server.url}${path}`);
}

/** The focused element as `TAG#id.class|href|name=value|text`. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const e = document.activeElement as HTMLInputElement & HTMLAnchorElement;
		return `${e.tagName}#${e.id}.${e.className}|${e.getAttribute('href') ?? ''}|${e.name ?? ''}=${e.value ?? ''}|${e.textContent?.trim() ?? ''}`;
	});

/** Presses Tab until the focused element matches. */
async function tabTo(page: Page, pattern: RegExp, max = 150): Promise<void> {
	for (let i = 0; i < max && !pattern.test(await focused(page)); i++) await page.keyboard.press('Tab');
	expect(await focused(page)).toMatch(pattern);
}

const countText = (page: Page) => page.locator('#catalogue-count').innerText();

describe('keyboard journeys', () => {
	it('the skip link is the first stop, shows up and moves focus to the main content', async () => {
		const page = await open('/');
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatch(/^A#\.skip-link\|#main\|/);
		expect((await page.locator('.skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await focused(page)).toMatch(/^MAIN#main\./);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
	});

	it('header search: Tab to the field, type, Enter gives the search page with results', async () => {
		const page = await open('/');
		await tabTo(page, /^INPUT#header-q\./);
		await page.keyboard.type('demens');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/sok\/\?q=demens$/);
		await page.waitForSelector('.search__results[aria-busy="false"]');
		expect(await page.locator('[data-status]').innerText()).toMatch(/^\d+ treff for «demens»$/);
		expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
	});

	it('catalogue: Space on a filter updates the results and the live count, and focus stays', async () => {
		const page = await open('/kurs/');
		const before = await countText(page);
		await tabTo(page, /^INPUT#filter-topic-0\./);
		await page.keyboard.press('Space');
		await expect.poll(() => page.url()).toMatch(/\?topic=/);
		await expect.poll(() => countText(page)).not.toBe(before);
		expect(await page.locator('#catalogue-count').getAttribute('role')).toBe('status');
		expect(await page.locator('#filter-topic-0').isChecked()).toBe(true);
		expect(await focused(page)).toMatch(/^INPUT#filter-topic-0\./);
	});

	it('opens a course from the list with Enter', async () => {
		const page = await open('/kurs/');
		await tabTo(page, new RegExp(`^A#\\.\\|${COURSE}\\|`));
		await page.keyboard.press('Enter');
		await page.waitForURL(`${served.server.url}${COURSE}`);
		expect(await page.locator('h1').innerText()).toBe('Demensomsorg i praksis');
	});

	it('«Legg i kalender» with Enter downloads the course as an .ics file', async () => {
		const page = await open(COURSE);
		await tabTo(page, /\|Legg i kalender: Demensomsorg i praksis$/);
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(download.url()).toBe(`${served.server.url}${COURSE.replace(/\/$/, '.ics')}`);
		const ics = readFileSync((await download.path())!, 'utf8');
		expect(ics).toMatch(/^BEGIN:VCALENDAR/);
		expect(ics).toContain('SUMMARY:Demensomsorg i praksis');
	});
});

/**
 * The focused element's outline and box shadow, the same for an unfocused copy of it put next to
 * it (same classes and context), the contrast of the outline against the background around it,
 * whether it is on screen, and its number in Tab order (kept on the element, so a second visit
 * shows; -1 for the body).
 */
function focusRing() {
	const ring = (e: Element) => {
		const s = getComputedStyle(e);
		return { outline: s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
	};
	const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
	const luminance = (colour: string) => {
		const [r, g, b] = rgb(colour)
			.map((c) => c / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const e = document.activeElement as HTMLElement;
	if (e === document.body) return { index: -1 };
	const copy = e.cloneNode(true) as HTMLElement;
	copy.removeAttribute('id');
	e.after(copy);
	const focus = ring(e);
	const blur = ring(copy);
	copy.remove();
	let behind = e.parentElement;
	while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
	const [light, dark] = [
		luminance(getComputedStyle(e).outlineColor),
		luminance(getComputedStyle(behind ?? document.documentElement).backgroundColor),
	].sort((a, b) => b - a);
	const rect = e.getBoundingClientRect();
	e.dataset.tabStop ??= String(document.querySelectorAll('[data-tab-stop]').length);
	return {
		focus,
		blur,
		contrast: (light + 0.05) / (dark + 0.05),
		onScreen: rect.width > 0 && rect.bottom > 0 && rect.top < innerHeight,
		index: Number(e.dataset.tabStop),
	};
}

describe('visible focus', () => {
	const cases = ['/', '/kurs/', COURSE, '/sok/?q=demens'].flatMap(
		(path) =>
			[
				[path, 'light'],
				[path, 'dark'],
			] as const,
	);
	it.each(cases)('every Tab stop on %s (%s) draws a focus ring it does not have unfocused, ≥ 3:1', async (path, colorScheme) => {
		const page = await open(path, colorScheme);
		const missing: string[] = [];
		let stops = 0;
		for (let tabs = 0; tabs < 400; tabs++) {
			await page.keyboard.press('Tab');
			const { focus, blur, contrast, onScreen, index } = await page.evaluate(focusRing);
			// A date input's day, month and year fields are stops in one element.
			if (index === stops - 1) continue;
			// Past the last stop focus leaves the page (the body, -1), then starts over.
			if (index < stops || !focus || !blur) break;
			stops++;
			const stop = await focused(page);
			const drawn = (focus.outline !== 'none' && focus.outline !== blur.outline && contrast! >= 3) || focus.shadow !== blur.shadow;
			if (!drawn || !onScreen) missing.push(`${stop}: ${JSON.stringify({ focus, blur, contrast, onScreen })}`);
		}
		expect(stops).toBeGreaterThan(10);
		expect(missing).toEqual([]);
	});
});

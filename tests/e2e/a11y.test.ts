import { describe, expect, it } from 'vitest';
import { tables } from '../../src/i18n/index.ts';
import type { SiteLanguage } from '../../src/schemas/enums.ts';
import { axeViolations, structure } from '../utils/axe.ts';
import { elements, textOf } from '../utils/html.ts';
import { contextAtBuildTime, eachPath, openSettled } from '../utils/open-page.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { type ServedSite, useServedSite } from '../utils/served-site.ts';
import { contentSites, templatePaths } from '../utils/page-templates.ts';

// Every page template of the sample content and of each example deployment that exists
// (examples/sv, examples/nn): axe-core's WCAG 2.1 A and AA rules in the light and the dark colour
// scheme, headings and landmarks, link texts (on every built page), reflow at 320 CSS px (1.4.10)
// and text at 200 % (1.4.4). Keyboard use is in keyboard.test.ts, motion and print in media.test.ts.
/** Link texts that say nothing about where they go. */
const GENERIC = /^(her|here|här|klikk her|klicka här|les mer|läs mer|read more|mer|more|link|lenke|länk)$/i;

/** Pages wider than the viewport, each with the elements that stick out of a parent that fits. */
async function overflowing(served: ServedSite, lang: SiteLanguage, width: number, textSize?: string): Promise<Record<string, string>> {
	const context = await contextAtBuildTime(served.browser, { viewport: { width, height: 800 } });
	const found: Record<string, string> = {};
	await eachPath(templatePaths(served.site, lang), async (path) => {
		const page = await openSettled(context, `${served.server.url}${path}`);
		if (textSize) {
			// Under the production CSP: setting a style through the DOM is not an inline style.
			await page.evaluate((size) => (document.documentElement.style.fontSize = size), textSize);
			expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('34px');
		}
		const wide = await page.evaluate((w) => {
			if (document.documentElement.scrollWidth <= w) return '';
			const out = (e: Element | null) => !!e && e.getBoundingClientRect().right > w + 1;
			const culprits = [...document.querySelectorAll('body *')].filter((e) => out(e) && !out(e.parentElement));
			return `${document.documentElement.scrollWidth}px: ${culprits.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`).join(', ')}`;
		}, width);
		if (wide) found[path] = wide;
		await page.close();
	});
	await context.close();
	return found;
}

for (const content of contentSites()) {
	describe(`${content.name} (${content.lang})`, () => {
		const served = useServedSite(content.dir, FIXED_NOW);

		// Names from the content (a location named like its organisation) are the editors' choice; the
		// templates' own link texts must never be generic or repeated for different targets.
		it('link texts make sense alone on every page: none generic, no interface text for two targets', () => {
			const ui = new Set<string>(Object.values(tables[content.lang]));
			const found: string[] = [];
			for (const path of served.site.pages().filter((p) => !p.startsWith('/admin/'))) {
				const targets = new Map<string, Set<string>>();
				for (const a of elements(served.site.read(path), 'a')) {
					const name = a.attributes['aria-label'] ?? textOf(a.inner);
					if (GENERIC.test(name)) found.push(`${path}: «${name}»`);
					targets.set(name, (targets.get(name) ?? new Set()).add(a.attributes.href));
				}
				for (const [name, hrefs] of targets) if (hrefs.size > 1 && ui.has(name)) found.push(`${path}: «${name}» → ${[...hrefs].join(' ')}`);
			}
			expect(found).toEqual([]);
		});

		// The home page's "Anbefalt" section (site.yaml featured) is checked with the home page: each
		// content site features items, so the section is there when axe runs on '/'.
		it('the home page, with its featured section, is among the templates checked', () => {
			expect(templatePaths(served.site, content.lang)).toContain('/');
			const section = elements(served.site.read('/'), 'section').find((s) => s.attributes['data-featured'] !== undefined);
			expect(section, 'the featured section on /').toBeDefined();
			expect(textOf(elements(section!.inner, 'h2')[0].inner)).toBe(tables[content.lang]['home.featured']);
			expect(elements(section!.inner, 'li').length).toBeGreaterThanOrEqual(3);
		});

		for (const colorScheme of ['light', 'dark'] as const) {
			it(`no WCAG 2.1 AA violations on any template, ${colorScheme} scheme`, { timeout: 300_000 }, async () => {
				const context = await contextAtBuildTime(served.browser, { bypassCSP: true, colorScheme });
				const found: Record<string, string[]> = {};
				await eachPath(templatePaths(served.site, content.lang), async (path) => {
					const page = await openSettled(context, `${served.server.url}${path}`);
					expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), path).toBe(colorScheme);
					if (path.includes('?q=')) expect(await page.locator('.search-result').count(), path).toBeGreaterThan(0);
					const problems = [...(await axeViolations(page)), ...(colorScheme === 'light' ? await page.evaluate(structure) : [])];
					if (problems.length) found[path] = problems;
					await page.close();
				});
				await context.close();
				expect(found).toEqual({});
			});
		}

		it('every template fits 320 CSS px without horizontal scrolling', { timeout: 120_000 }, async () => {
			expect(await overflowing(served, content.lang, 320)).toEqual({});
		});

		it('with text at 200 %, every template still fits 640 CSS px', { timeout: 120_000 }, async () => {
			expect(await overflowing(served, content.lang, 640, '200%')).toEqual({});
		});
	});
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, tags } from '../utils/html.ts';
import { loadedResources } from '../utils/page-checks.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';

// A crawl of the built sample site: nothing internal may point at something that is not there.
let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(sampleContent, FIXED_NOW);
});
afterAll(disposeBuilds);

const isInternal = (href: string) => href.startsWith('/') && !href.startsWith('//');
/** Ids on a page, for `#fragment` checks. */
const idsOf = (html: string) =>
	new Set(
		tags(html)
			.map((t) => t.attributes?.id)
			.filter(Boolean),
	);

describe('the built sample site has no broken internal links', () => {
	it('every <a href> to the site, with or without #fragment, resolves (and the fragment exists)', () => {
		const broken: string[] = [];
		const pages = site.pages().filter((p) => !p.startsWith('/admin/'));
		for (const page of pages) {
			const html = site.read(page);
			for (const a of elements(html, 'a')) {
				const href = a.attributes.href ?? '';
				if (href.startsWith('#')) {
					if (href.length > 1 && !idsOf(html).has(href.slice(1))) broken.push(`${page} → ${href}`);
					continue;
				}
				if (!isInternal(href)) continue;
				const url = new URL(href, 'https://x');
				const [path, fragment] = [url.pathname, url.hash.slice(1)];
				if (!site.has(path)) broken.push(`${page} → ${href}`);
				else if (fragment && path.endsWith('/') && !idsOf(site.read(path)).has(fragment))
					broken.push(`${page} → ${href} (no #${fragment})`);
			}
		}
		expect(pages.length).toBeGreaterThan(90);
		expect(broken).toEqual([]);
	});

	it('every script, stylesheet, icon and image the pages load exists', () => {
		const missing: string[] = [];
		for (const page of site.pages().filter((p) => !p.startsWith('/admin/'))) {
			for (const address of loadedResources(site.read(page))) {
				if (isInternal(address) && !site.has(new URL(address, 'https://x').pathname)) missing.push(`${page} → ${address}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('links that open a new tab carry rel="noopener noreferrer"', () => {
		const unsafe = site.pages().flatMap((page) =>
			elements(site.read(page), 'a')
				.filter(
					(a) =>
						a.attributes.target === '_blank' && !/\bnoopener\b.*\bnoreferrer\b|\bnoreferrer\b.*\bnoopener\b/.test(a.attributes.rel ?? ''),
				)
				.map((a) => `${page} → ${a.attributes.href}`),
		);
		expect(unsafe).toEqual([]);
	});

	it('links in content use only http(s), mailto: and tel: schemes', () => {
		const bad = site.pages().flatMap((page) =>
			elements(site.read(page), 'a')
				.map((a) => a.attributes.href ?? '')
				.filter((href) => /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(https?|mailto|tel|webcal):/i.test(href))
				.map((href) => `${page} → ${href}`),
		);
		expect(bad).toEqual([]);
	});
});

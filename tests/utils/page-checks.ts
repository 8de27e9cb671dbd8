import type { BuiltSite } from './build.ts';
import { elements, tags } from './html.ts';

/** Every `<a href>` to a path of the site itself (no scheme, no `//`), with the page it is on. */
export function internalLinks(site: BuiltSite): { page: string; href: string }[] {
	return site.pages().flatMap((page) =>
		elements(site.read(page), 'a')
			.map((a) => a.attributes.href)
			.filter((href): href is string => href !== undefined && href.startsWith('/') && !href.startsWith('//'))
			.map((href) => ({ page, href })),
	);
}

/**
 * Every address a page points the browser at outside its text: `src` of scripts, images,
 * frames and media, `srcset` candidates, `href` of every `<link>` (stylesheets, icons,
 * preloads, canonical) and `url(…)`/`@import` in inline and linked CSS.
 */
export function loadedResources(html: string, css: (href: string) => string | undefined = () => undefined): string[] {
	const found: string[] = [];
	const loaders = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'link', 'input']);
	for (const { name, attributes: attrs } of tags(html).filter((t) => t.kind === 'start' && loaders.has(t.name))) {
		if (name === 'link') {
			found.push(attrs.href ?? '');
			continue;
		}
		for (const key of ['src', 'data', 'poster']) if (attrs[key]) found.push(attrs[key]);
		if (attrs.srcset) found.push(...attrs.srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
	}
	const styles = [
		...elements(html, 'style').map((s) => s.inner),
		...found.filter((href) => href.endsWith('.css')).map((href) => css(href) ?? ''),
	];
	for (const sheet of styles) {
		for (const m of sheet.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) found.push(m[1] ?? m[2]);
	}
	return found.filter(Boolean);
}

/** True when `address` makes the browser contact a host other than `siteHost`. */
export function isThirdParty(address: string, siteHost: string): boolean {
	if (!/^(https?:)?\/\//i.test(address)) return false;
	return new URL(address, `https://${siteHost}`).host !== siteHost;
}

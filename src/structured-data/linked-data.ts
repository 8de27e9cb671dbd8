import { currencyOf } from '../lib/format.ts';
import type { LinkedData } from './json-ld.ts';
import { getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { SECTIONS, type Section } from '../context/site-paths.ts';

/** Lookups and absolute URL for the structured data of the page at `path`. */
export async function linkedData(ctx: SiteContext, path: string): Promise<LinkedData> {
	const { site, t } = ctx;
	const { organisations, locations } = await getContentIndex(ctx);
	return {
		url: new URL(path, site.url).href,
		timeZone: site.timezone,
		currency: currencyOf(t('locale')),
		organisation: (id) => organisations.get(id)?.data,
		location: (id) => locations.get(id)?.data,
	};
}

/**
 * The breadcrumb trail of the page at `path` with absolute URLs: Home › section › page for a
 * detail page (`section` given), Home › list for a list (and its later pages); none elsewhere.
 */
export function breadcrumbTrail(
	{ paths, site, t }: SiteContext,
	path: string,
	title: string,
	section?: Section,
): { name: string; url: string }[] | undefined {
	const list = section ?? SECTIONS.find((s) => path.startsWith(paths.section(s)));
	if (!list) return undefined;
	const crumbs = [
		{ name: t('site.home'), path: paths.home },
		{ name: t(`nav.${list}`), path: paths.section(list) },
		...(path === paths.section(list) ? [] : [{ name: title, path }]),
	];
	return crumbs.map((crumb) => ({ name: crumb.name, url: new URL(crumb.path, site.url).href }));
}

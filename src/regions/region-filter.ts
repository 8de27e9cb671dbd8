/** A region as `site.yaml` lists it. */
export interface RegionRef {
	slug: string;
	name: string;
}

/** The region an organisation's `region` names, by slug or by name. */
export const findRegion = <R extends RegionRef>(regions: readonly R[], value: string): R | undefined =>
	regions.find((r) => r.slug === value || r.name === value);

/**
 * The region of `site.yaml` with this slug. Only these have pages and feeds (`/region/<slug>/`):
 * the regions organisations name on a site that lists none are not regions one can choose.
 */
export const siteRegion = <R extends RegionRef>(regions: readonly R[], slug: string): R | undefined => regions.find((r) => r.slug === slug);

/**
 * Whether an item belongs to region `slug`: its organiser is in that region, or serves every
 * region (`region: ''`). The rule of every region list, region feed and regional digest.
 */
export const inRegion = (item: { region: string }, slug: string): boolean => item.region === '' || item.region === slug;

/**
 * The items a regional list renders, in order: each one that is among the first `limit` shown for
 * some choice (all regions, or one of `regions`). Region-less items (`''`) are shown for every choice.
 */
export function pickRegional<T>(items: readonly T[], regionOf: (item: T) => string, regions: readonly string[], limit: number): T[] {
	const counts = new Map<string, number>([['', 0], ...regions.map((r): [string, number] => [r, 0])]);
	return items.filter((item) => {
		const region = regionOf(item);
		const choices = region ? ['', region].filter((c) => counts.has(c)) : [...counts.keys()];
		const wanted = choices.some((c) => counts.get(c)! < limit);
		for (const c of choices) counts.set(c, counts.get(c)! + 1);
		return wanted;
	});
}

/**
 * Which items of a list to show when `chosen` is selected (`''`: all): those of the region and
 * region-less ones (`''`), at most `limit`; `null` marks an item never shown (it has ended).
 */
export function visibleFor(regions: readonly (string | null)[], chosen: string, limit = Infinity): boolean[] {
	let shown = 0;
	return regions.map((region) => {
		const show = region !== null && (!chosen || !region || region === chosen) && shown < limit;
		if (show) shown++;
		return show;
	});
}

/**
 * The regions a URL's `?region=` names: the known slugs, once each (none: all regions; several: a
 * filter's choice); undefined when the parameter is absent.
 */
export function regionsInUrl(params: URLSearchParams, known: ReadonlySet<string>): string[] | undefined {
	const values = params.getAll('region');
	if (values.length === 0) return undefined;
	return [...new Set(values)].filter((value) => known.has(value));
}

/** A query string with `region` set to `slug` (removed for `''`) and the page reset; other parameters kept. */
export function withRegion(search: string, slug: string): string {
	const params = new URLSearchParams(search);
	params.delete('region');
	params.delete('page');
	if (slug) params.set('region', slug);
	const query = params.toString();
	return query ? `?${query}` : '';
}

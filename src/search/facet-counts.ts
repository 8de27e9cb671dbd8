import { FILTER_KEYS, type FilterKey, type SearchRecord } from './search-record.ts';

/** One value of a filter key and the number of pages that carry it. */
export interface FacetValue {
	value: string;
	count: number;
}

/** A filter key with its values, as the search page lists them. */
export interface Facet {
	key: FilterKey;
	/** Sorted by the site's language; empty when no page has a value for the key. */
	values: FacetValue[];
}

/**
 * Counts, for every filter key, how many of `records` carry each value (a page counts once per
 * value). Gives every key in FILTER_KEYS order, with its values sorted alphabetically in `locale`
 * (ties, which the collation may leave, by code point), so the markup is the same on every build.
 */
export function facetCounts(records: Iterable<SearchRecord>, locale: string): Facet[] {
	const counts = new Map<FilterKey, Map<string, number>>(FILTER_KEYS.map((key) => [key, new Map()]));
	for (const record of records) {
		for (const key of FILTER_KEYS) {
			const values = counts.get(key)!;
			for (const value of new Set(record.filters[key])) values.set(value, (values.get(value) ?? 0) + 1);
		}
	}
	const collator = new Intl.Collator(locale);
	const order = (a: FacetValue, b: FacetValue) =>
		collator.compare(a.value, b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
	return FILTER_KEYS.map((key) => ({
		key,
		values: [...counts.get(key)!].map(([value, count]) => ({ value, count })).sort(order),
	}));
}

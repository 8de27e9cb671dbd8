import { FILTER_KEYS, type FilterKey } from './search-record.ts';
import { type PagefindFilters, pagefindFilters, type SearchState } from './search-state.ts';

/** Result counts per filter key and value, as Pagefind gives them for a search. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A search whose results give one key's counts: the same query with every filter but the key's own. */
export interface KeyCountSearch {
	key: FilterKey;
	filters: PagefindFilters;
}

/**
 * The searches besides the page's own that its filter counts need. A value's count is what ticking
 * it would give. For a key with no chosen value that is the count within the current results
 * (keys are ANDed), which the page's own search gives. For a key with chosen values, ticking one
 * more widens the key (values within a key are ORed), so its values are counted within the results
 * of the other keys' filters: one extra search per such key, with the key's own filter removed.
 */
export function keyCountSearches(state: SearchState): KeyCountSearch[] {
	const filters = pagefindFilters(state);
	return FILTER_KEYS.filter((key) => filters[key]).map((key) => ({
		key,
		filters: Object.fromEntries(Object.entries(filters).filter(([other]) => other !== key)) as PagefindFilters,
	}));
}

/**
 * The counts the page shows: each key with chosen values from its own search (`byKey`), every
 * other key from the page's search with all filters (`all`). A key that a response leaves out
 * (Pagefind counts only the keys whose filter data it has loaded) stays out: no count rather
 * than a wrong one.
 */
export function combineCounts(all: FilterCounts, byKey: Partial<Record<FilterKey, FilterCounts>>): FilterCounts {
	const out: FilterCounts = {};
	for (const [key, counts] of Object.entries(all)) if (!(key in byKey)) out[key] = counts;
	for (const [key, response] of Object.entries(byKey)) if (response?.[key]) out[key] = response[key];
	return out;
}

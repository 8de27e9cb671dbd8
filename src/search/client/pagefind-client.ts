import { combineCounts, type FilterCounts, keyCountSearches } from '../facet-count-searches.ts';
import type { PagefindFilters, SearchState } from '../search-state.ts';
import { META_WEIGHTS } from '../terms/meta-forms.ts';
import { EXCERPT_WORDS } from './excerpt.ts';

export type { FilterCounts };

/** Where the build writes Pagefind's client (it exists only in a built site). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** What `result.data()` gives: the page's URL, escaped excerpt HTML with `<mark>`, meta and filters. */
export interface ResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[] | undefined>;
}

/** One hit; its data is loaded on demand. */
export interface SearchResult {
	id: string;
	data(): Promise<ResultData>;
}

/** What a search gives (only the fields this site reads). */
export interface SearchResponse {
	results: SearchResult[];
	/**
	 * Counts within the current results, per filter value, for the filter keys whose chunks are
	 * loaded: those of the filters used in this or an earlier search (none after a plain query).
	 */
	filters: FilterCounts;
}

/** Filters (a search without a term gives its pages in the index's order: newest first, pagefind-index.ts). */
export interface SearchOptions {
	filters: PagefindFilters;
}

/** The part of Pagefind's browser API this site uses. */
export interface Pagefind {
	options(options: { excerptLength?: number; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
	/** Resolves to null when a later call superseded this one. */
	debouncedSearch(term: string | null, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
}

/**
 * The options every Pagefind instance of the page gets (also the archive's, client/archive-client.ts,
 * and the judged query set's); the ranking gives the title's ascii spellings the title's weight (terms/meta-forms.ts).
 */
export const PAGEFIND_OPTIONS = { excerptLength: EXCERPT_WORDS, ranking: { metaWeights: META_WEIGHTS } };

/** Loads and starts Pagefind (rejects when the index is missing, e.g. in the dev server). */
export async function loadPagefind(): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
	await pagefind.options(PAGEFIND_OPTIONS);
	await pagefind.init();
	return pagefind;
}

/**
 * Pagefind, loaded on the first call only: the page asks for it when the reader turns to the
 * search (focus on the field, a filter) or opens it with a search in the address, so a visit
 * that never searches loads none of it.
 */
export function lazyPagefind(): () => Promise<Pagefind> {
	let loading: Promise<Pagefind> | undefined;
	return () => {
		loading ??= loadPagefind();
		// A failed load (offline for a moment) is tried again on the next call.
		loading.catch(() => (loading = undefined));
		return loading;
	};
}

/**
 * The filter counts to show with `own`, the response of the search for `state`: a key with chosen
 * values is counted by a search without its own filter (facet-count-searches.ts). Run after `own`,
 * so the filter data its filters loaded is there to count with. `extend` adds what every search of
 * the page adds to its filters (the archive choice's, client/archive-client.ts).
 */
export async function filterCounts(
	pagefind: Pagefind,
	term: string | null,
	state: SearchState,
	own: SearchResponse,
	extend: (filters: PagefindFilters) => PagefindFilters = (filters) => filters,
): Promise<FilterCounts> {
	const searches = keyCountSearches(state);
	const responses = await Promise.all(searches.map((s) => pagefind.search(term, { filters: extend(s.filters) })));
	return combineCounts(own.filters, Object.fromEntries(searches.map((s, i) => [s.key, responses[i].filters])));
}

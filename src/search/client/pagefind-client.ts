import type { PagefindFilters } from '../search-state.ts';
import { META_WEIGHTS } from '../terms/meta-forms.ts';

/** Where the build writes Pagefind's client (it exists only in a built site). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Result counts per filter key and value. */
export type FilterCounts = Record<string, Record<string, number>>;

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

/** Filters, and a sort key (`date`) when there is no search term. */
export interface SearchOptions {
	filters: PagefindFilters;
	sort?: Record<string, 'asc' | 'desc'>;
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
export const PAGEFIND_OPTIONS = { excerptLength: 24, ranking: { metaWeights: META_WEIGHTS } };

/** Loads and starts Pagefind (rejects when the index is missing, e.g. in the dev server). */
export async function loadPagefind(): Promise<Pagefind> {
	const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
	await pagefind.options(PAGEFIND_OPTIONS);
	await pagefind.init();
	return pagefind;
}

/**
 * `results` of a search without a term (same filters), newest first. Pagefind's sorted search
 * leaves out the pages without a `date` sort key (topics, organisations, e-learning …), so those
 * follow in the order of `results`. The sorted search reuses the chunks already loaded.
 */
export async function newestFirst(pagefind: Pagefind, filters: PagefindFilters, results: SearchResult[]): Promise<SearchResult[]> {
	const dated = (await pagefind.search(null, { filters, sort: { date: 'desc' } })).results;
	const ids = new Set(dated.map((r) => r.id));
	return [...dated, ...results.filter((r) => !ids.has(r.id))];
}

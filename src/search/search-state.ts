import { FILTER_KEYS, type FilterKey } from './search-record.ts';

/** What the search page shows: the query and the chosen values of each filter key. */
export interface SearchState {
	/** The search term as typed (may be empty). */
	q: string;
	/** Chosen values per key, in the order they were chosen; keys without values are left out. */
	filters: Partial<Record<FilterKey, string[]>>;
	/** Search the archive too (`archive=1`, src/search/archive.ts); left out when off. */
	archive?: boolean;
}

/** The URL parameter of the archive choice; its only value is `1`. */
export const ARCHIVE_PARAM = 'archive';

/** Pagefind's filter object: values within a key are OR, keys are AND. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;

/** Reads a state from a query string (`?q=demens&topic=Demens&topic=Legemidler`); unknown keys are ignored. */
export function parseSearchState(query: string | URLSearchParams): SearchState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const filters: SearchState['filters'] = {};
	for (const key of FILTER_KEYS) {
		const values = [
			...new Set(
				params
					.getAll(key)
					.map((v) => v.trim())
					.filter(Boolean),
			),
		];
		if (values.length) filters[key] = values;
	}
	const state: SearchState = { q: params.get('q') ?? '', filters };
	if (params.get(ARCHIVE_PARAM) === '1') state.archive = true;
	return state;
}

/** The query string of a state (`?q=…&type=…`, keys in FILTER_KEYS order, then `archive=1`), or '' for the empty state. */
export function serializeState(state: SearchState): string {
	const params = new URLSearchParams();
	const q = state.q.trim();
	if (q) params.set('q', q);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.archive) params.set(ARCHIVE_PARAM, '1');
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when at least one filter value is chosen. */
export function hasSearchFilters(state: SearchState): boolean {
	return FILTER_KEYS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** The state with `value` of `key` chosen (`on`) or not (the query and archive choice kept); the input state is not changed. */
export function withFilter(state: SearchState, key: FilterKey, value: string, on: boolean): SearchState {
	const rest = (state.filters[key] ?? []).filter((v) => v !== value);
	const values = on ? [...rest, value] : rest;
	const filters = { ...state.filters, [key]: values };
	if (!values.length) delete filters[key];
	return { ...state, filters };
}

/** The filters of a state as Pagefind expects them. */
export function pagefindFilters(state: SearchState): PagefindFilters {
	const out: PagefindFilters = {};
	for (const key of FILTER_KEYS) if (state.filters[key]?.length) out[key] = { any: [...(state.filters[key] ?? [])] };
	return out;
}

/** Every chosen filter value as a `[key, value]` pair, in FILTER_KEYS order. */
export function activeFilters(state: SearchState): [FilterKey, string][] {
	return FILTER_KEYS.flatMap((key) => (state.filters[key] ?? []).map((value): [FilterKey, string] => [key, value]));
}

/** The state with the archive searched too (`on`) or not; the input state is not changed. */
export function withArchive(state: SearchState, on: boolean): SearchState {
	const next: SearchState = { q: state.q, filters: state.filters };
	if (on) next.archive = true;
	return next;
}

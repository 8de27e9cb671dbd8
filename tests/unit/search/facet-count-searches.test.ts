import { describe, expect, it } from 'vitest';
import { combineCounts, type FilterCounts, keyCountSearches } from '../../../src/search/facet-count-searches.ts';
import { FILTER_KEYS, type FilterKey } from '../../../src/search/search-record.ts';
import { type PagefindFilters, type SearchState, withFilter } from '../../../src/search/search-state.ts';

// A small index with Pagefind's filter rules (values of a key ORed, keys ANDed) to check the counts
// against what ticking a value really gives. The browser test does the same on the real index.
type Page = Partial<Record<FilterKey, string[]>>;
const pages: Page[] = [
	{ type: ['Kurs'], topic: ['Demens'], audience: ['Sykepleier'] },
	{ type: ['Kurs'], topic: ['Demens', 'Legemidler'], audience: ['Helsefagarbeider'] },
	{ type: ['Kurs'], topic: ['Legemidler'], audience: ['Sykepleier', 'Lege'] },
	{ type: ['Arrangement'], topic: ['Demens'], audience: ['Sykepleier'] },
	{ type: ['Arrangement'], topic: ['Smittevern'] },
	{ type: ['Nyhet'], topic: ['Demens'] },
	{ type: ['Nyhet'] },
	{ type: ['Tema'], topic: ['Legemidler'], audience: ['Lege'] },
];

/** Pagefind's search without a term: the pages that pass every key's filter. */
const search = (filters: PagefindFilters) =>
	pages.filter((page) => Object.entries(filters).every(([key, f]) => f.any.some((v) => page[key as FilterKey]?.includes(v))));
/** Pagefind's `filters` of a response: counts within the results, for every key. */
const countsOf = (results: Page[]): FilterCounts => {
	const counts: FilterCounts = {};
	for (const page of pages) for (const key of FILTER_KEYS) for (const value of page[key] ?? []) (counts[key] ??= {})[value] = 0;
	for (const page of results) for (const key of FILTER_KEYS) for (const value of page[key] ?? []) counts[key][value]++;
	return counts;
};
/** The counts the page shows for a state: its own search plus one per key with chosen values. */
const shown = (state: SearchState) => {
	const all = countsOf(search(pagefindFilter(state)));
	const byKey = Object.fromEntries(keyCountSearches(state).map((s) => [s.key, countsOf(search(s.filters))]));
	return combineCounts(all, byKey);
};
const pagefindFilter = (state: SearchState): PagefindFilters =>
	Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));

const state = (filters: SearchState['filters']): SearchState => ({ q: '', filters });

describe('facet counts that mean what they say', () => {
	it('asks for one extra search per key with chosen values, with that key left out', () => {
		expect(keyCountSearches(state({}))).toEqual([]);
		expect(keyCountSearches(state({ topic: ['Demens', 'Legemidler'], type: ['Kurs'] }))).toEqual([
			{ key: 'type', filters: { topic: { any: ['Demens', 'Legemidler'] } } },
			{ key: 'topic', filters: { type: { any: ['Kurs'] } } },
		]);
		expect(keyCountSearches(state({ type: ['Kurs'] }))).toEqual([{ key: 'type', filters: {} }]);
	});

	it('takes a chosen key from its own search and the other keys from the search with every filter', () => {
		const all = { type: { Kurs: 2, Nyhet: 0 }, topic: { Demens: 2 } };
		const byType = { type: { Kurs: 2, Nyhet: 5 }, topic: { Demens: 9 } };
		expect(combineCounts(all, { type: byType })).toEqual({ type: { Kurs: 2, Nyhet: 5 }, topic: { Demens: 2 } });
		// A key Pagefind did not count (its filter data not loaded) stays without counts.
		expect(combineCounts({ type: { Kurs: 2 } }, {})).toEqual({ type: { Kurs: 2 } });
		expect(combineCounts({}, { topic: { type: { Kurs: 1 } } })).toEqual({});
	});

	// Every reachable state of two ticks at most, every value not yet ticked.
	const states = [state({})];
	for (const key of ['type', 'topic', 'audience'] as const)
		for (const value of new Set(pages.flatMap((p) => p[key] ?? []))) states.push(withFilter(state({}), key, value, true));
	for (const first of [...states])
		for (const second of [...states]) {
			const [key, values] = Object.entries(second.filters)[0] ?? [];
			if (key && !first.filters[key as FilterKey]?.includes(values![0])) states.push(withFilter(first, key as FilterKey, values![0], true));
		}

	it(`gives, for every value, the results that carry it once ticked (${states.length} states)`, () => {
		const wrong: string[] = [];
		for (const current of states) {
			const counts = shown(current);
			const before = search(pagefindFilter(current));
			for (const key of ['type', 'topic', 'audience'] as const) {
				for (const value of Object.keys(counts[key] ?? {})) {
					if (current.filters[key]?.includes(value)) continue;
					const after = search(pagefindFilter(withFilter(current, key, value, true)));
					// Ticking adds the pages with the value that the other keys let through …
					const added = after.filter((p) => !before.includes(p)).length;
					const carrying = after.filter((p) => p[key]?.includes(value)).length;
					if (counts[key][value] !== carrying)
						wrong.push(`${JSON.stringify(current.filters)} + ${key}=${value}: ${counts[key][value]} ≠ ${carrying}`);
					// … and, for a key whose values no page shares (type), exactly that many.
					if (key === 'type' && current.filters.type && counts.type[value] !== added) wrong.push(`type=${value} adds ${added}`);
					// A key with nothing chosen: ticking narrows the results to exactly the count.
					if (!current.filters[key] && after.length !== counts[key][value]) wrong.push(`${key}=${value} narrows to ${after.length}`);
				}
			}
		}
		expect(wrong).toEqual([]);
	});

	it('shows the other values of a chosen key with their own counts, not 0', () => {
		const counts = shown(state({ type: ['Kurs'] }));
		expect(counts.type).toEqual({ Kurs: 3, Arrangement: 2, Nyhet: 2, Tema: 1 });
		expect(counts.topic).toEqual({ Demens: 2, Legemidler: 2, Smittevern: 0 });
	});
});

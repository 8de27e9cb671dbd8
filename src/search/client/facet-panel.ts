// The search page's filter panel (SearchFacets.astro): its checkboxes and their counts. The page
// comes with every value and its total in the whole index, so the panel is drawn in full before
// any of Pagefind loads (nothing moves when the script starts).
import type { FilterKey } from '../search-record.ts';
import { activeFilters, type SearchState } from '../search-state.ts';
import type { FilterCounts } from './pagefind-client.ts';
import { optionLike } from './result-render.ts';

export interface FacetPanel {
	/** The folding panel: open on wide screens, folded on narrow ones (search.css). */
	details: HTMLDetailsElement;
	/** Ticks the values of `state` (a value the page lacks gets a checkbox) and opens their groups. */
	showState(state: SearchState): void;
	/** Pagefind's counts (a key it left out shows none), or the totals the page came with. */
	showCounts(counts: FilterCounts | 'totals'): void;
}

export function facetPanel(facets: HTMLElement): FacetPanel {
	const details = facets.querySelector('details')!;
	const checkboxes = () => [...facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	const countOf = (box: HTMLInputElement) => box.closest('label')?.querySelector('.facet__count');
	/** The number of pages with each value in the whole index, as the page came with it: `(n)`. */
	const totals = new Map(checkboxes().map((box) => [box, Number(/\d+/.exec(countOf(box)?.textContent ?? '')?.[0] ?? 0)]));

	/** Adds a checkbox for a value the page was built without (from an old link, say). */
	const addOption = (key: FilterKey, value: string) => {
		const group = facets.querySelector<HTMLElement>(`[data-facet="${key}"]`);
		const sample = facets.querySelector('li');
		if (!group || !sample) return;
		group.hidden = false;
		group.querySelector('ul')?.append(optionLike(sample, key, value));
	};

	return {
		details,
		showState(state) {
			for (const [key, value] of activeFilters(state))
				if (!checkboxes().some((c) => c.name === key && c.value === value)) addOption(key, value);
			for (const box of checkboxes()) {
				box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
				if (box.checked) box.closest('details')?.setAttribute('open', '');
			}
		},
		showCounts(counts) {
			for (const box of checkboxes()) {
				const count = counts === 'totals' ? (totals.get(box) ?? 0) : counts[box.name] ? (counts[box.name][box.value] ?? 0) : undefined;
				const text = count === undefined ? '' : `(${count})`;
				const shown = countOf(box);
				// Only real changes: a text node set to the same text still costs a layout.
				if (shown && shown.textContent !== text) shown.textContent = text;
				box.closest('label')?.classList.toggle('facet__empty', count === 0);
			}
		},
	};
}

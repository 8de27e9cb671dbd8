// The search page: Pagefind's JS API behind the GET form. The state (query and filters) lives in
// the URL: typing replaces the history entry, a filter change or a submit adds one, back and
// forward restore it. Without JavaScript the page keeps its form and the links to the lists.
// The filter values and their totals come with the page: opening it and searching without filters
// loads none of Pagefind's filter chunks; a search loads those of the filters it uses, and shows
// counts within its results for the keys whose chunks are loaded (filters used in this or an
// earlier search); the other keys show no count rather than a stale total.
//
// Nothing on the page moves while it loads (search.css reserves the results' space; the panel is
// drawn in full): the script only fills in. Pagefind itself loads when the reader turns to the
// search (focus on the field, a filter) or when the page opens with a search in its address; it
// searches in a web worker, and the script does no long work of its own (no Intl: page-formats.ts).
import { FILTER_SHOW } from '../../client/page-contract.ts';
import type { FilterKey } from '../search-record.ts';
import { formatCount, formatDay, type PageFormats } from '../page-formats.ts';
import {
	activeFilters,
	hasSearchFilters,
	type PagefindFilters,
	pagefindFilters,
	parseSearchState,
	type SearchState,
	serializeState,
	withArchive,
	withFilter,
} from '../search-state.ts';
import { archiveSearch } from './archive-client.ts';
import { facetPanel } from './facet-panel.ts';
import { filterCounts, lazyPagefind, type SearchResult } from './pagefind-client.ts';
import { el, fill, resultItem } from './result-render.ts';

const PAGE_SIZE = 10;

interface Texts {
	count: string;
	countAll: string;
	none: string;
	noneAll: string;
	removeFilter: string;
	shown: string;
	/** The phone panel's "Vis {count} treff". */
	show: string;
	filters: Record<FilterKey, string>;
	formats: PageFormats;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
	const text = JSON.parse(root.dataset.search ?? '{}') as Texts;
	const formatDate = (value: string) => formatDay(text.formats, value);
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
	const form = $<HTMLFormElement>('#search-form');
	const input = $<HTMLInputElement>('#search-q');
	const facets = facetPanel($('[data-facets]'));
	const section = $('.search__results');
	const status = $('[data-status]');
	const list = $('[data-results]');
	const idle = $('[data-idle]');
	const none = $('[data-none]');
	const removeList = $('[data-remove]');
	const moreBox = $('[data-more-box]');
	const pagefind = lazyPagefind();

	const busy = (on: boolean) => section.setAttribute('aria-busy', String(on));
	const fail = () => {
		$('[data-search-error]').hidden = false;
		section.hidden = true;
		busy(false);
	};

	// archive: the archive choice (client/archive-client.ts): which instance, and what a search without it leaves out.
	const archive = archiveSearch(pagefind, root.dataset.archive);
	const archiveBox = root.querySelector<HTMLInputElement>('#search-archive');
	// end archive

	let state = parseSearchState(location.search);
	let results: SearchResult[] = [];
	let shown = 0;
	let run = 0;

	// Narrow screens (search.css): the panel starts folded; "Vis N treff" folds it and goes to the count.
	const showButton = $<HTMLButtonElement>(`[${FILTER_SHOW}]`);
	facets.details.open = matchMedia('(min-width: 56rem)').matches;
	showButton.addEventListener('click', () => {
		facets.details.open = false;
		status.scrollIntoView({ block: 'start' });
		status.focus({ preventScroll: true });
	});

	/** Moves focus to the status line when it sat in a part that is about to be rebuilt. */
	const rescueFocus = () => {
		if (list.contains(document.activeElement) || none.contains(document.activeElement) || moreBox.contains(document.activeElement))
			status.focus();
	};

	/** Puts the state into the form: input, checkboxes (values only in the URL get one), open groups. */
	const showState = () => {
		if (input.value.trim() !== state.q.trim()) input.value = state.q;
		if (archiveBox) archiveBox.checked = state.archive === true; // archive
		facets.showState(state);
	};

	/** The result items from `from` on, one page of them (their data loads in Pagefind's worker). */
	const pageOf = async (from: number) =>
		(await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()))).map((data) => resultItem(data, formatDate));

	/** Shows how many of the results are in the list and whether there are more. */
	const showShown = () => {
		moreBox.hidden = shown >= results.length;
		$('[data-shown]').textContent = fill(text.shown, { shown, count: results.length });
	};

	const showMore = async () => {
		const from = shown;
		const id = run;
		const items = await pageOf(from);
		if (id !== run) return;
		list.append(...items);
		shown = from + items.length;
		showShown();
		list.children[from]?.querySelector('a')?.focus();
	};

	const showNone = () => {
		const active = activeFilters(state);
		removeList.replaceChildren(
			...active.map(([key, value]) => {
				const button = el('button', 'button', fill(text.removeFilter, { filter: text.filters[key], value }));
				button.type = 'button';
				button.addEventListener('click', () => {
					status.focus();
					change(withFilter(state, key, value, false), 'push');
				});
				const item = el('li');
				item.append(button);
				return item;
			}),
		);
		$('[data-none-filters]').hidden = active.length === 0;
		none.hidden = false;
	};

	/** Searches for the current state and shows the outcome (later runs win over earlier ones). */
	const search = async (debounce: boolean) => {
		const id = ++run;
		const q = state.q.trim();
		busy(true);
		rescueFocus();
		if (!q && !hasSearchFilters(state)) {
			results = [];
			list.replaceChildren();
			none.hidden = moreBox.hidden = true;
			status.textContent = '';
			idle.hidden = false;
			facets.showCounts('totals');
			busy(false);
			return;
		}
		// Leaving the idle state gives the results their reserved space back at once (search.css).
		idle.hidden = true;
		// archive: the instance and filters of the archive choice
		const withArchived = state.archive === true;
		const pf = await archive.pagefind(withArchived);
		if (id !== run) return;
		const archiveFilters = (filters: PagefindFilters) => archive.filters(withArchived, filters);
		const options = { filters: archiveFilters(pagefindFilters(state)) };
		// end archive
		const response = debounce ? await pf.debouncedSearch(q || null, options) : await pf.search(q || null, options);
		if (!response || id !== run) return;
		results = response.results;
		shown = 0;
		const items = await pageOf(0);
		if (id !== run) return;
		// The count, the list and what follows it change in one go: one layout, no intermediate state.
		rescueFocus();
		const count = formatCount(text.formats, results.length);
		list.replaceChildren(...items);
		shown = items.length;
		showShown();
		status.textContent = fill(results.length ? (q ? text.count : text.countAll) : q ? text.none : text.noneAll, { count, q });
		showButton.textContent = fill(text.show, { count });
		none.hidden = true;
		if (!results.length) showNone();
		// The counts wait for their own searches in the worker; the results are already shown.
		const counts = await filterCounts(pf, q || null, state, response, archiveFilters);
		if (id !== run) return;
		facets.showCounts(counts);
		busy(false);
	};

	/** Takes a new state: updates the address (`push` adds a history entry) and searches. */
	const change = (next: SearchState, history: 'push' | 'replace', debounce = false) => {
		const url = `${location.pathname}${serializeState(next)}`;
		const changed = url !== `${location.pathname}${location.search}`;
		state = next;
		if (history === 'replace' || !changed) window.history.replaceState(null, '', url);
		else window.history.pushState(null, '', url);
		showState();
		search(debounce).catch(fail);
	};

	// The reader turns to the search: load Pagefind now, so the first word finds it ready.
	input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
	input.addEventListener('input', () => change({ ...state, q: input.value }, 'replace', true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		change({ ...state, q: input.value }, 'push');
	});
	$('[data-facets]').addEventListener('change', (event) => {
		const box = event.target as HTMLInputElement;
		change(withFilter({ ...state, q: input.value }, box.name as FilterKey, box.value, box.checked), 'push');
	});
	// archive: ticking the box adds a history entry, like a filter
	archiveBox?.addEventListener('change', () => change(withArchive({ ...state, q: input.value }, archiveBox.checked), 'push'));
	let loadingMore = false;
	$('[data-more]').addEventListener('click', () => {
		if (loadingMore) return;
		loadingMore = true;
		showMore()
			.catch(fail)
			.finally(() => (loadingMore = false));
	});
	window.addEventListener('popstate', () => {
		state = parseSearchState(location.search);
		showState();
		search(false).catch(fail);
	});

	showState();
	search(false).catch(fail);
}

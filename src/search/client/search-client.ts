// The search page: Pagefind's JS API behind the GET form. The state (query and filters) lives in
// the URL: typing replaces the history entry, a filter change or a submit adds one, back and
// forward restore it. Without JavaScript the page keeps its form and the links to the lists.
// The filter values and their totals come with the page: opening it and searching without filters
// loads none of Pagefind's filter chunks; a search loads those of the filters it uses, and shows
// counts within its results for the keys whose chunks are loaded (filters used in this or an
// earlier search); the other keys show no count rather than a stale total.
import { FILTER_SHOW } from '../../client/page-contract.ts';
import type { FilterKey } from '../search-record.ts';
import {
	activeFilters,
	hasSearchFilters,
	pagefindFilters,
	parseSearchState,
	type SearchState,
	serializeState,
	withArchive,
	withFilter,
} from '../search-state.ts';
import { archiveSearch } from './archive-client.ts';
import { loadPagefind, newestFirst, type Pagefind, type SearchResult } from './pagefind-client.ts';
import { el, fill, optionLike, resultItem } from './result-render.ts';

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
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement): Promise<void> {
	const text = JSON.parse(root.dataset.search ?? '{}') as Texts;
	const locale = root.dataset.locale ?? 'nb-NO';
	const dates = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: root.dataset.timezone });
	// A calendar date: noon UTC is the same day in the site's time zone.
	const formatDate = (value: string) => dates.format(new Date(`${value}T12:00:00Z`));
	const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
	const form = $<HTMLFormElement>('#search-form');
	const input = $<HTMLInputElement>('#search-q');
	const facets = $('[data-facets]');
	const section = $('.search__results');
	const status = $('[data-status]');
	const list = $('[data-results]');
	const none = $('[data-none]');
	const removeList = $('[data-remove]');
	const moreBox = $('[data-more-box]');

	const busy = (on: boolean) => section.setAttribute('aria-busy', String(on));
	let pagefind: Pagefind;
	const fail = () => {
		$('[data-search-error]').hidden = false;
		section.hidden = true;
		busy(false);
	};
	section.hidden = false;
	busy(true);
	try {
		pagefind = await loadPagefind();
	} catch {
		fail();
		return;
	}

	// archive: the archive choice (client/archive-client.ts): which instance, and what a search without it leaves out.
	const archive = archiveSearch(pagefind, root.dataset.archive);
	const archiveBox = root.querySelector<HTMLInputElement>('#search-archive');
	// end archive

	let state = parseSearchState(location.search);
	let results: SearchResult[] = [];
	let shown = 0;
	let run = 0;

	const checkboxes = () => [...facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
	/** Adds a checkbox for a value the page was built without (from an old link, say). */
	const addOption = (key: FilterKey, value: string) => {
		const group = facets.querySelector<HTMLElement>(`[data-facet="${key}"]`);
		const sample = facets.querySelector('li');
		if (!group || !sample) return;
		group.hidden = false;
		group.querySelector('ul')?.append(optionLike(sample, key, value));
	};
	const countOf = (box: HTMLInputElement) => box.parentElement?.querySelector('.facet__count');
	/** The number of pages with each value in the whole index, as the page came with it: `(n)`. */
	const totals = new Map(checkboxes().map((box) => [box, Number(/\d+/.exec(countOf(box)?.textContent ?? '')?.[0] ?? 0)]));
	facets.hidden = false;
	// Narrow screens (search.css): the panel starts folded; "Vis N treff" folds it and goes to the count.
	const panel = facets.querySelector('details')!;
	const showButton = $<HTMLButtonElement>(`[${FILTER_SHOW}]`);
	panel.open = matchMedia('(min-width: 56rem)').matches;
	showButton.addEventListener('click', () => {
		panel.open = false;
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
		for (const [key, value] of activeFilters(state))
			if (!checkboxes().some((c) => c.name === key && c.value === value)) addOption(key, value);
		for (const box of checkboxes()) {
			box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
			if (box.checked) box.closest('details')?.setAttribute('open', '');
		}
	};

	/** Shows each value's count (none where `counter` gives undefined) and dims the zeros. */
	const showCounts = (counter: (box: HTMLInputElement) => number | undefined) => {
		for (const box of checkboxes()) {
			const count = counter(box);
			countOf(box)?.replaceChildren(count === undefined ? '' : `(${count})`);
			box.parentElement?.classList.toggle('facet__empty', count === 0);
		}
	};

	const showMore = async () => {
		const from = shown;
		const id = run;
		const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
		if (id !== run) return;
		list.append(...page.map((data) => resultItem(data, formatDate)));
		shown = from + page.length;
		moreBox.hidden = shown >= results.length;
		$('[data-shown]').textContent = fill(text.shown, { shown, count: results.length });
		if (from > 0) list.children[from]?.querySelector('a')?.focus();
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
			$('[data-idle]').hidden = false;
			showCounts((box) => totals.get(box) ?? 0);
			busy(false);
			return;
		}
		// archive: the instance and filters of the archive choice
		const engine = await archive.pagefind(state.archive === true);
		if (id !== run) return;
		const options = { filters: archive.filters(state.archive === true, pagefindFilters(state)) };
		// end archive
		const response = debounce ? await engine.debouncedSearch(q || null, options) : await engine.search(q || null, options);
		if (!response || id !== run) return;
		const found = q ? response.results : await newestFirst(engine, options.filters, response.results);
		if (id !== run) return;
		rescueFocus();
		results = found;
		shown = 0;
		list.replaceChildren();
		await showMore();
		if (id !== run) return;
		const count = results.length.toLocaleString(locale);
		status.textContent = fill(results.length ? (q ? text.count : text.countAll) : q ? text.none : text.noneAll, { count, q });
		showButton.textContent = fill(text.show, { count });
		$('[data-idle]').hidden = true;
		none.hidden = true;
		if (!results.length) showNone();
		// Pagefind counts only the keys whose chunks it has loaded (those of filters used so far).
		const counts = response.filters;
		showCounts((box) => (counts[box.name] ? (counts[box.name][box.value] ?? 0) : undefined));
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

	input.addEventListener('input', () => change({ ...state, q: input.value }, 'replace', true));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		change({ ...state, q: input.value }, 'push');
	});
	facets.addEventListener('change', (event) => {
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

// A filtered list's script (catalogue, events): reveals the form, loads the list's JSON once and
// renders the matching items as the server does (cards built with textContent). The state lives
// in the URL. A region chosen in the header (`REGION_CHANGE`, client/page-contract.ts) is re-read
// from the URL. On narrow screens the folded panel's "Vis N treff" button takes the reader to the
// results. A change of its own region checkboxes is announced with the same event, for the header
// to follow. Without JavaScript the form stays hidden and the server-rendered pages stand.
import {
	CATALOGUE,
	CATALOGUE_RESET,
	emitRegionChange,
	FILTER_SHOW,
	LIST_COUNT,
	LIST_RESULTS,
	onRegionChange,
} from '../client/page-contract.ts';
import { TOGGLE, TOGGLES_ADDED } from '../favourites/favourites-contract.ts';
import { decodeList, facetKeys, type ListData, type ListItem } from './list-data.ts';
import { arrange, emptyState, type FilterState, type Group, matches, pageOf, parseFilterState, stateToUrl } from './list-filter.ts';

const form = document.querySelector<HTMLFormElement>(`form[${CATALOGUE}]`);
const results = document.querySelector<HTMLElement>(`[${LIST_RESULTS}]`);
const count = document.querySelector<HTMLElement>(`[${LIST_COUNT}]`);
if (form && results && count) void start(form, results, count);

/** The width from which the panel sits beside the results, open (filters.css). */
const WIDE = '(min-width: 64rem)';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const isDateInput = (node: EventTarget | null): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'date';

/** The form's state (page 1). */
function readForm(form: HTMLFormElement, keys: string[]): FilterState {
	const fields = new FormData(form);
	const state = emptyState(keys);
	for (const facet of keys) state.values[facet] = fields.getAll(facet).map(String);
	state.open = fields.get('open') === '1';
	// Date inputs: FormData holds strings for them, never files.
	state.from = (fields.get('from') as string | null) ?? '';
	state.to = (fields.get('to') as string | null) ?? '';
	return state;
}

function writeForm(form: HTMLFormElement, state: FilterState): void {
	for (const input of form.querySelectorAll('input')) {
		// Only what differs, so a date being typed keeps its caret.
		if (input.type === 'date') {
			if (input.value !== state[input.name as 'from' | 'to']) input.value = state[input.name as 'from' | 'to'];
		} else input.checked = input.name === 'open' ? state.open : (state.values[input.name]?.includes(input.value) ?? false);
	}
	const from = form.querySelector<HTMLInputElement>('[name=from]')!;
	const to = form.querySelector<HTMLInputElement>('[name=to]')!;
	if (from.max !== state.to) from.max = state.to;
	if (to.min !== state.from) to.min = state.from;
}

async function start(form: HTMLFormElement, results: HTMLElement, count: HTMLElement): Promise<void> {
	const response = await fetch(form.getAttribute(CATALOGUE)!);
	if (!response.ok) return;
	const data = (await response.json()) as ListData;
	const { base, text } = data;
	const keys = facetKeys(data);
	const items = decodeList(data, Date.now());
	const known = Object.fromEntries(keys.map((f) => [f, new Set(data.facets[f].map(([value]) => value))]));
	const stateLabel = Object.fromEntries(data.states);
	const read = (href: string) => parseFilterState(new URL(href, location.href), base, keys, known);
	const panel = form.querySelector('details')!;
	const show = form.querySelector<HTMLButtonElement>(`[${FILTER_SHOW}]`)!;
	let state = read(location.href);
	/** The date input whose typing made the current history entry (later typing replaces it). */
	let typing: string | undefined;

	const card = (item: ListItem) => {
		const link = el('a', '', item.title);
		link.href = item.href;
		const title = el('h3', 'card__title');
		title.append(link);
		const meta = el('p', 'card__meta');
		meta.append(el('span', 'tag', item.tag));
		if (item.nextIso) {
			const time = el('time', '', item.when);
			time.dateTime = item.nextIso;
			meta.append(time);
		} else if (item.when) meta.append(el('span', '', item.when));
		for (const fact of [item.place, item.price]) if (fact) meta.append(el('span', '', fact));
		if (item.organiser) meta.append(el('span', '', item.organiser));
		meta.append(el('span', `badge badge--${item.state}`, stateLabel[item.state]));
		const summary = el('p', 'card__summary', item.summary);
		if (item.lang) title.lang = summary.lang = item.lang;
		// The favourites toggle as FavouriteToggle.astro draws it on a card; favourite-toggle.ts reveals it.
		const toggle = el('button', 'fav');
		toggle.type = 'button';
		toggle.hidden = true;
		toggle.setAttribute('aria-pressed', 'false');
		toggle.setAttribute(TOGGLE, `${data.kind}:${item.slug}`);
		toggle.append(
			el('span', 'fav__add', text.favouriteAdd),
			el('span', 'fav__remove', text.favouriteRemove),
			el('span', 'visually-hidden', `: ${item.title}`),
		);
		const article = el('article', 'card');
		article.append(title, meta, summary, toggle);
		const li = el('li');
		li.append(article);
		return li;
	};

	const pageLink = (page: number, rel: string, label: string) => {
		const link = el('a', '', label);
		link.href = stateToUrl({ ...state, page }, base, keys);
		link.rel = rel;
		const li = el('li');
		li.append(link);
		return li;
	};

	/** The count line and the "Vis N treff" button, for the current state. */
	function counts(list: unknown[]): void {
		const counted = fill(text.count, { count: list.length });
		if (count.textContent !== counted) count.textContent = counted;
		show.textContent = fill(text.show, { count: list.length });
	}

	function render(): void {
		const list = arrange(items.filter((c) => matches(c, state, keys)));
		counts(list);
		const { items: shown, page, total } = pageOf(list, state.page);
		const nodes: HTMLElement[] = [];
		if (list.length === 0) nodes.push(el('p', 'filtered-list__empty', text.empty));
		for (const group of ['upcoming', 'always', 'past'] as Group[]) {
			const cards = shown.filter((i) => i.group === group).map((i) => card(i.item));
			if (cards.length === 0) continue;
			const section = el('section', 'list-section');
			const grid = el('ul', 'cards');
			grid.append(...cards);
			section.append(el('h2', '', text[group]), grid);
			nodes.push(section);
		}
		if (total > 1) {
			const nav = el('nav', 'pagination');
			nav.setAttribute('aria-label', text.pages);
			const links = el('ul');
			if (page > 1) links.append(pageLink(page - 1, 'prev', text.previous));
			const current = el('li', '', fill(text.page, { page, total }));
			current.setAttribute('aria-current', 'page');
			links.append(current);
			if (page < total) links.append(pageLink(page + 1, 'next', text.next));
			nav.append(links);
			nodes.push(nav);
		}
		results.replaceChildren(...nodes);
		dispatchEvent(new Event(TOGGLES_ADDED));
	}

	/** Moves to a new state: a new history entry, or (`replace`) an update of the current one. */
	const go = (next: FilterState, replace = false) => {
		const regionsOf = (s: FilterState) => (s.values as Record<string, string[]>).region ?? [];
		const regionChanged = regionsOf(next).join() !== regionsOf(state).join();
		state = next;
		history[replace ? 'replaceState' : 'pushState'](null, '', stateToUrl(state, base, keys));
		writeForm(form, state);
		render();
		// The header's region picker follows (one region state: client/page-contract.ts).
		if (regionChanged) emitRegionChange(regionsOf(state).length === 1 ? regionsOf(state)[0] : '', 'filter');
	};

	form.addEventListener('change', (event) => {
		if (isDateInput(event.target)) return;
		typing = undefined;
		go(readForm(form, keys));
	});
	form.addEventListener('input', (event) => {
		if (!isDateInput(event.target)) return;
		go(readForm(form, keys), typing === event.target.name);
		typing = event.target.name;
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.querySelector(`[${CATALOGUE_RESET}]`)?.addEventListener('click', () => {
		typing = undefined;
		go(emptyState(keys));
	});
	// "Vis N treff" (shown on narrow screens only): fold the panel and go to the count and the results.
	show.addEventListener('click', () => {
		panel.open = false;
		count.scrollIntoView({ block: 'start' });
		results.focus({ preventScroll: true });
	});
	results.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('.pagination a');
		if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
		event.preventDefault();
		typing = undefined;
		go(read(link.href));
		results.focus();
	});
	/** Back/forward, or a region chosen in the header: the URL already holds the new state. */
	const reread = () => {
		typing = undefined;
		state = read(location.href);
		writeForm(form, state);
		render();
	};
	addEventListener('popstate', reread);
	onRegionChange((change) => change.source === 'picker' && reread());

	writeForm(form, state);
	panel.open = matchMedia(WIDE).matches;
	form.hidden = false;
	if (location.search) render();
	else counts(items.filter((c) => matches(c, state, keys)));
}

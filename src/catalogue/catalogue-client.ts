// The course catalogue's filters: reveals the form, loads /kurs/katalog.json once and renders the
// matching courses as the server does (cards built with textContent). The state lives in the URL.
// A region chosen in the header (`REGION_CHANGE`, client/page-contract.ts) is re-read from the URL.
// Without JavaScript the form stays hidden and the server-rendered pages stand.
import { CATALOGUE, CATALOGUE_RESET, onRegionChange } from '../client/page-contract.ts';
import { type CatalogueCourse, type CatalogueData, decodeCatalogue, FACETS, type CatalogueFacet } from './catalogue-data.ts';
import { arrange, emptyState, type FilterState, type Group, matches, pageOf, parseFilterState, stateToUrl } from './catalogue-filter.ts';

const form = document.querySelector<HTMLFormElement>(`form[${CATALOGUE}]`);
const results = document.getElementById('catalogue-results');
const count = document.getElementById('catalogue-count');
if (form && results && count) void start(form, results, count);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
const isDateInput = (node: EventTarget | null): node is HTMLInputElement => node instanceof HTMLInputElement && node.type === 'date';

/** The form's state (page 1). */
function readForm(form: HTMLFormElement): FilterState {
	const fields = new FormData(form);
	const state = emptyState();
	for (const facet of FACETS) state[facet] = fields.getAll(facet).map(String);
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
		} else input.checked = input.name === 'open' ? state.open : state[input.name as CatalogueFacet].includes(input.value);
	}
	const from = form.querySelector<HTMLInputElement>('[name=from]')!;
	const to = form.querySelector<HTMLInputElement>('[name=to]')!;
	if (from.max !== state.to) from.max = state.to;
	if (to.min !== state.from) to.min = state.from;
}

async function start(form: HTMLFormElement, results: HTMLElement, count: HTMLElement): Promise<void> {
	const response = await fetch(form.getAttribute(CATALOGUE)!);
	if (!response.ok) return;
	const data = (await response.json()) as CatalogueData;
	const { base, text } = data;
	const courses = decodeCatalogue(data, Date.now());
	const known = Object.fromEntries(FACETS.map((f) => [f, new Set(data.facets[f].map(([value]) => value))]));
	const stateLabel = Object.fromEntries(data.states);
	const read = (href: string) => parseFilterState(new URL(href, location.href), base, known);
	let state = read(location.href);
	/** The date input whose typing made the current history entry (later typing replaces it). */
	let typing: string | undefined;

	const card = (course: CatalogueCourse) => {
		const link = el('a', '', course.title);
		link.href = course.href;
		const title = el('h3', 'card__title');
		title.append(link);
		const meta = el('p', 'card__meta');
		meta.append(el('span', 'tag', course.tag));
		if (course.nextIso) {
			const time = el('time', '', course.when);
			time.dateTime = course.nextIso;
			meta.append(time);
		} else if (course.when) meta.append(el('span', '', course.when));
		for (const fact of [course.place, course.price]) if (fact) meta.append(el('span', '', fact));
		meta.append(el('span', '', course.organiser), el('span', `badge badge--${course.state}`, stateLabel[course.state]));
		const summary = el('p', 'card__summary', course.summary);
		if (course.lang) title.lang = summary.lang = course.lang;
		const article = el('article', 'card');
		article.append(title, meta, summary);
		const item = el('li');
		item.append(article);
		return item;
	};

	const pageLink = (page: number, rel: string, label: string) => {
		const link = el('a', '', label);
		link.href = stateToUrl({ ...state, page }, base);
		link.rel = rel;
		const item = el('li');
		item.append(link);
		return item;
	};

	function render(): void {
		const list = arrange(courses.filter((c) => matches(c, state)));
		const { items, page, total } = pageOf(list, state.page);
		const counted = fill(text.count, { count: list.length });
		if (count.textContent !== counted) count.textContent = counted;
		const nodes: HTMLElement[] = [];
		if (list.length === 0) nodes.push(el('p', 'catalogue__empty', text.empty));
		for (const group of ['upcoming', 'always', 'past'] as Group[]) {
			const cards = items.filter((i) => i.group === group).map((i) => card(i.course));
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
	}

	/** Moves to a new state: a new history entry, or (`replace`) an update of the current one. */
	const go = (next: FilterState, replace = false) => {
		state = next;
		history[replace ? 'replaceState' : 'pushState'](null, '', stateToUrl(state, base));
		writeForm(form, state);
		render();
	};

	form.addEventListener('change', (event) => {
		if (isDateInput(event.target)) return;
		typing = undefined;
		go(readForm(form));
	});
	form.addEventListener('input', (event) => {
		if (!isDateInput(event.target)) return;
		go(readForm(form), typing === event.target.name);
		typing = event.target.name;
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.querySelector(`[${CATALOGUE_RESET}]`)?.addEventListener('click', () => {
		typing = undefined;
		go(emptyState());
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
	onRegionChange(reread);

	writeForm(form, state);
	form.querySelector('details')!.open = matchMedia('(min-width: 64rem)').matches;
	form.hidden = false;
	if (location.search) render();
}

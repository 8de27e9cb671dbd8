import type { ListItem } from './list-data.ts';

/** Items on one page of a filtered list, server-rendered and in the script alike. */
export const LIST_PAGE_SIZE = 24;

/** The facet whose empty value list means "every value": an organiser without a region serves every region. */
const EVERY_REGION = 'region';

/** What a filtered list shows: selected values of each facet, "open for registration", a date range, a page. */
export interface FilterState<F extends string = string> {
	/** Selected values of each facet (URL values). */
	values: Record<F, string[]>;
	open: boolean;
	/** Local dates `YYYY-MM-DD`, or `''` for no bound. */
	from: string;
	to: string;
	page: number;
}

/** Where an item is listed: upcoming, always available (e-learning) or past. */
export type Group = 'upcoming' | 'always' | 'past';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string | null): value is string => value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value));
const positive = (value: string | null | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** No filters, page 1. */
export const emptyState = <F extends string>(keys: readonly F[]): FilterState<F> => ({
	values: Object.fromEntries(keys.map((key): [F, string[]] => [key, []])) as Record<F, string[]>,
	open: false,
	from: '',
	to: '',
	page: 1,
});

/** True when anything narrows the list. */
export const hasFilters = <F extends string>(state: FilterState<F>, keys: readonly F[]): boolean =>
	state.open || !!state.from || !!state.to || keys.some((f) => state.values[f].length > 0);

/**
 * Reads the state from a list URL: facet values from repeated parameters (only `known` ones, when
 * given), `open=1`, `from`/`to` dates, and the page from `?page=` or the path (`/kurs/3/`).
 */
export function parseFilterState<F extends string>(
	url: URL,
	base: string,
	keys: readonly F[],
	known?: Partial<Record<F, ReadonlySet<string>>>,
): FilterState<F> {
	const query = url.searchParams;
	const state = emptyState(keys);
	for (const facet of keys) state.values[facet] = [...new Set(query.getAll(facet))].filter((v) => known?.[facet]?.has(v) ?? true);
	state.open = query.get('open') === '1';
	state.from = isDate(query.get('from')) ? query.get('from')! : '';
	state.to = isDate(query.get('to')) ? query.get('to')! : '';
	const pathPage = url.pathname.startsWith(base) ? /^(\d+)\/$/.exec(url.pathname.slice(base.length))?.[1] : undefined;
	state.page = positive(query.get('page')) ?? positive(pathPage) ?? 1;
	return state;
}

/** The URL of a state: the server's page URLs (`/kurs/`, `/kurs/2/`) when nothing is filtered. */
export function stateToUrl<F extends string>(state: FilterState<F>, base: string, keys: readonly F[]): string {
	if (!hasFilters(state, keys)) return state.page > 1 ? `${base}${state.page}/` : base;
	const query = new URLSearchParams();
	for (const facet of keys) for (const value of state.values[facet]) query.append(facet, value);
	if (state.open) query.set('open', '1');
	if (state.from) query.set('from', state.from);
	if (state.to) query.set('to', state.to);
	if (state.page > 1) query.set('page', String(state.page));
	return `${base}?${query}`;
}

/**
 * Whether an item passes the filters: any selected value within a facet, every facet (an item of
 * an organisation without a region serves every region; an item for `alle` carries every
 * audience, see lib/audience.ts); "open" keeps open and always-open registration; a date range
 * keeps items with a session on a day inside it (so never e-learning without sessions).
 */
export function matches<F extends string>(item: ListItem<F>, state: FilterState<F>, keys: readonly F[]): boolean {
	for (const facet of keys) {
		if (facet === EVERY_REGION && item.values[facet].length === 0) continue;
		if (state.values[facet].length > 0 && !state.values[facet].some((v) => item.values[facet].includes(v))) return false;
	}
	if (state.open && item.state !== 'open' && item.state !== 'always-open') return false;
	if (!state.from && !state.to) return true;
	const from = state.from || '0000-01-01';
	const to = state.to || '9999-12-31';
	for (let i = 0; i + 1 < item.days.length; i += 2) if (item.days[i] <= to && item.days[i + 1] >= from) return true;
	return false;
}

/** List order: upcoming by next start, then always available, then past (latest end first). */
export function arrange<F extends string>(items: readonly ListItem<F>[]): { item: ListItem<F>; group: Group }[] {
	const groupOf = (c: ListItem<F>): Group => (c.past ? 'past' : c.next === undefined ? 'always' : 'upcoming');
	const rank: Record<Group, number> = { upcoming: 0, always: 1, past: 2 };
	const key = (c: ListItem<F>, group: Group) => (group === 'upcoming' ? c.next! : group === 'past' ? -(c.end ?? 0) : 0);
	return items
		.map((item) => ({ item, group: groupOf(item) }))
		.sort((a, b) => rank[a.group] - rank[b.group] || key(a.item, a.group) - key(b.item, b.group));
}

/** One page of a list (the page number clamped to the pages there are). */
export function pageOf<T>(items: readonly T[], page: number, size = LIST_PAGE_SIZE): { items: T[]; page: number; total: number } {
	const total = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, page), total);
	return { items: items.slice((current - 1) * size, current * size), page: current, total };
}

import { type CatalogueCourse, FACETS, type CatalogueFacet } from './catalogue-data.ts';

/** Courses on one catalogue page, server-rendered and in the script alike. */
export const CATALOGUE_PAGE_SIZE = 24;

/** What the catalogue shows: selected facet values, "open for registration", a date range, a page. */
export type FilterState = Record<CatalogueFacet, string[]> & {
	open: boolean;
	/** Local dates `YYYY-MM-DD`, or `''` for no bound. */
	from: string;
	to: string;
	page: number;
};

/** Where a course is listed: upcoming, always available (e-learning) or past. */
export type Group = 'upcoming' | 'always' | 'past';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string | null): value is string => value !== null && DATE.test(value) && !Number.isNaN(Date.parse(value));
const positive = (value: string | null | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);

/** No filters, page 1. */
export const emptyState = (): FilterState => ({
	topic: [],
	audience: [],
	format: [],
	organiser: [],
	region: [],
	open: false,
	from: '',
	to: '',
	page: 1,
});

/** True when anything narrows the list. */
export const hasCatalogueFilters = (state: FilterState): boolean =>
	state.open || !!state.from || !!state.to || FACETS.some((f) => state[f].length > 0);

/**
 * Reads the state from a catalogue URL: facet values from repeated parameters (only `known`
 * ones, when given), `open=1`, `from`/`to` dates, and the page from `?page=` or the path
 * (`/kurs/3/`).
 */
export function parseFilterState(url: URL, base: string, known?: Partial<Record<CatalogueFacet, ReadonlySet<string>>>): FilterState {
	const query = url.searchParams;
	const state = emptyState();
	for (const facet of FACETS) state[facet] = [...new Set(query.getAll(facet))].filter((v) => known?.[facet]?.has(v) ?? true);
	state.open = query.get('open') === '1';
	state.from = isDate(query.get('from')) ? query.get('from')! : '';
	state.to = isDate(query.get('to')) ? query.get('to')! : '';
	const pathPage = url.pathname.startsWith(base) ? /^(\d+)\/$/.exec(url.pathname.slice(base.length))?.[1] : undefined;
	state.page = positive(query.get('page')) ?? positive(pathPage) ?? 1;
	return state;
}

/** The URL of a state: the server's page URLs (`/kurs/`, `/kurs/2/`) when nothing is filtered. */
export function stateToUrl(state: FilterState, base: string): string {
	if (!hasCatalogueFilters(state)) return state.page > 1 ? `${base}${state.page}/` : base;
	const query = new URLSearchParams();
	for (const facet of FACETS) for (const value of state[facet]) query.append(facet, value);
	if (state.open) query.set('open', '1');
	if (state.from) query.set('from', state.from);
	if (state.to) query.set('to', state.to);
	if (state.page > 1) query.set('page', String(state.page));
	return `${base}?${query}`;
}

/**
 * Whether a course passes the filters: any selected value within a facet, every facet (a course
 * of an organisation without a region serves every region); "open" keeps open and always-open
 * registration; a date range keeps courses with a session on a day inside it (so never
 * e-learning without sessions).
 */
export function matches(course: CatalogueCourse, state: FilterState): boolean {
	for (const facet of FACETS) {
		if (facet === 'region' && course.values.region.length === 0) continue;
		if (state[facet].length > 0 && !state[facet].some((v) => course.values[facet].includes(v))) return false;
	}
	if (state.open && course.state !== 'open' && course.state !== 'always-open') return false;
	if (!state.from && !state.to) return true;
	const from = state.from || '0000-01-01';
	const to = state.to || '9999-12-31';
	for (let i = 0; i + 1 < course.days.length; i += 2) if (course.days[i] <= to && course.days[i + 1] >= from) return true;
	return false;
}

/** Catalogue order: upcoming by next start, then always available, then past (latest end first). */
export function arrange(courses: readonly CatalogueCourse[]): { course: CatalogueCourse; group: Group }[] {
	const groupOf = (c: CatalogueCourse): Group => (c.past ? 'past' : c.next === undefined ? 'always' : 'upcoming');
	const rank: Record<Group, number> = { upcoming: 0, always: 1, past: 2 };
	const key = (c: CatalogueCourse, group: Group) => (group === 'upcoming' ? c.next! : group === 'past' ? -(c.end ?? 0) : 0);
	return courses
		.map((course) => ({ course, group: groupOf(course) }))
		.sort((a, b) => rank[a.group] - rank[b.group] || key(a.course, a.group) - key(b.course, b.group));
}

/** One page of a list (the page number clamped to the pages there are). */
export function pageOf<T>(items: readonly T[], page: number, size = CATALOGUE_PAGE_SIZE): { items: T[]; page: number; total: number } {
	const total = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, page), total);
	return { items: items.slice((current - 1) * size, current * size), page: current, total };
}

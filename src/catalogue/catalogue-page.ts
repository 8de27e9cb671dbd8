import { splitByNext } from '../lib/agenda.ts';
import { type CatalogueData, type CourseRow, FACETS, type CatalogueFacet, type FacetOption } from './catalogue-data.ts';
import { AUDIENCES, COURSE_FORMATS } from '../schemas/enums.ts';
import { cardDate, cardPlace, cardPrice, REGISTRATION_STATES, registrationLabel } from '../components/card-text.ts';
import { type CourseItem, getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';

/** URL of page `n` of the course catalogue: `/kurs/`, `/kurs/2/` … */
export const cataloguePage = ({ paths }: SiteContext, n: number): string =>
	n <= 1 ? paths.section('courses') : `${paths.section('courses')}${n}/`;

/** The catalogue's data for its script (the route `/kurs/katalog.json`). */
export const catalogueJsonUrl = ({ paths }: SiteContext): string => `${paths.section('courses')}katalog.json`;

/** Every course in catalogue order: upcoming by next session, e-learning by title, then past (latest first). */
export async function catalogueCourses(ctx: SiteContext): Promise<CourseItem[]> {
	const { t } = ctx;
	const { courses } = await getContentIndex(ctx);
	const { upcoming, always, past } = splitByNext([...courses].sort((a, b) => a.data.title.localeCompare(b.data.title, t('locale'))));
	return [...upcoming, ...always, ...past];
}

/** The facet values of a course: topics, audiences, format, organiser and the organiser's region (its slug). */
function valuesOf(item: CourseItem): Record<CatalogueFacet, string[]> {
	return {
		topic: item.data.topics,
		audience: item.data.audiences,
		format: [item.data.format],
		organiser: [item.data.organiser],
		region: item.region ? [item.region] : [],
	};
}

/** Every region of `site.yaml` (in its order), or, when it lists none, the regions courses name. */
function regionOptions({ site, t }: SiteContext, used: Set<string>): FacetOption[] {
	if (site.regions.length > 0) return site.regions.map((r) => [r.slug, r.name]);
	return [...used].sort((a, b) => a.localeCompare(b, t('locale'))).map((r) => [r, r]);
}

let facetsOnce: Promise<Record<CatalogueFacet, FacetOption[]>> | undefined;

/**
 * The options of each facet that some course has, in display order (names, or the enum order).
 * Every catalogue page shows the same form, so a build scans the courses once, not once per page.
 */
export const catalogueFacets = (ctx: SiteContext): Promise<Record<CatalogueFacet, FacetOption[]>> =>
	ctx.isDevServer ? facetsOf(ctx) : (facetsOnce ??= facetsOf(ctx));

async function facetsOf(ctx: SiteContext): Promise<Record<CatalogueFacet, FacetOption[]>> {
	const { t } = ctx;
	const { courses, topics, organisations } = await getContentIndex(ctx);
	const used = Object.fromEntries(FACETS.map((f) => [f, new Set<string>()])) as Record<CatalogueFacet, Set<string>>;
	for (const item of courses) {
		const values = valuesOf(item);
		for (const facet of FACETS) for (const value of values[facet]) used[facet].add(value);
	}
	return {
		topic: [...topics].filter(([id]) => used.topic.has(id)).map(([id, e]) => [id, e.data.name]),
		audience: AUDIENCES.filter((a) => used.audience.has(a)).map((a) => [a, t(`audience.${a}`)]),
		format: COURSE_FORMATS.filter((f) => used.format.has(f)).map((f) => [f, t(`format.${f}`)]),
		organiser: [...organisations]
			.filter(([id]) => used.organiser.has(id))
			.map(([id, e]) => [id, e.data.name, e.data.short_name ?? e.data.name]),
		region: regionOptions(ctx, used.region),
	};
}

const iso = (d?: Date) => (d ? d.toISOString().replace('.000Z', 'Z') : null);

/** The catalogue JSON: facet tables once, one compact row per course (see `CourseRow`). */
export async function catalogueData(ctx: SiteContext): Promise<CatalogueData> {
	const { paths, t } = ctx;
	const facets = await catalogueFacets(ctx);
	const { locations } = await getContentIndex(ctx);
	const index = Object.fromEntries(
		Object.entries(facets).map(([facet, options]) => [facet, new Map(options.map(([value], i) => [value, i]))]),
	) as Record<CatalogueFacet, Map<string, number>>;
	const at = (facet: CatalogueFacet, value?: string) => (value === undefined ? -1 : (index[facet].get(value) ?? -1));
	const rows: CourseRow[] = [];
	const cards: NonNullable<CatalogueData['cards']> = [];
	for (const item of await catalogueCourses(ctx)) {
		const { data } = item;
		const values = valuesOf(item);
		const row: CourseRow = [
			item.entry.id,
			data.title,
			data.summary,
			cardDate(ctx, item)?.text ?? data.duration ?? '',
			iso(item.next),
			iso(item.span.end),
			REGISTRATION_STATES.indexOf(item.state),
			at('format', data.format),
			at('organiser', data.organiser),
			at('region', values.region[0]),
			data.topics.map((v) => at('topic', v)),
			data.audiences.map((v) => at('audience', v)),
			// Local days of each session (content datetimes are local; a date-only end is that whole day).
			item.sessions.flatMap((s) => [s.start.slice(0, 10), s.end.slice(0, 10)]),
		];
		if (item.lang) row.push(item.lang);
		// As ItemCard: e-learning's place is its format, which the card already shows.
		const place = cardPlace(ctx, item, locations);
		cards.push([place === t(`format.${data.format}`) ? '' : (place ?? ''), cardPrice(ctx, item) ?? '']);
		rows.push(row);
	}
	return {
		base: paths.section('courses'),
		facets,
		states: REGISTRATION_STATES.map((s) => [s, registrationLabel(ctx, s)]),
		text: {
			count: t('catalogue.count'),
			empty: t('catalogue.empty'),
			upcoming: t('list.upcoming'),
			always: t('list.elearning'),
			past: t('list.past'),
			pages: t('pagination.label'),
			previous: t('pagination.previous'),
			next: t('pagination.next'),
			page: t('pagination.page'),
		},
		courses: rows,
		cards,
	};
}

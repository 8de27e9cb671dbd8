import { splitByNext } from '../lib/agenda.ts';
import { audiencesServed } from '../lib/audience.ts';
import type { FacetOption, ListData } from '../filters/list-data.ts';
import { type FilterableItem, listData, sharedFacetOptions, usedValues } from '../filters/list-json.ts';
import { AUDIENCES, COURSE_FORMATS } from '../schemas/enums.ts';
import { type CourseItem, getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';

/** The course catalogue's filter facets, in form and URL order. */
export const CATALOGUE_FACETS = ['topic', 'audience', 'format', 'organiser', 'region'] as const;
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number];
/** The catalogue JSON (`/kurs/katalog.json`). */
export type CatalogueData = ListData<CatalogueFacet>;

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

/**
 * The facet values of a course: topics, the audiences it serves (all for `alle`), format,
 * organiser and the organiser's region (its slug).
 */
const valuesOf = (item: CourseItem): FilterableItem<CatalogueFacet> => ({
	item,
	values: {
		topic: item.data.topics,
		audience: audiencesServed(item.data.audiences),
		format: [item.data.format],
		organiser: [item.data.organiser],
		region: item.region ? [item.region] : [],
	},
});

let facetsOnce: Promise<Record<CatalogueFacet, FacetOption[]>> | undefined;

/**
 * The options of each facet that some course has, in display order (names, or the enum order).
 * Every catalogue page shows the same form, so a build scans the courses once, not once per page.
 */
export const catalogueFacets = (ctx: SiteContext): Promise<Record<CatalogueFacet, FacetOption[]>> =>
	ctx.isDevServer ? facetsOf(ctx) : (facetsOnce ??= facetsOf(ctx));

async function facetsOf(ctx: SiteContext): Promise<Record<CatalogueFacet, FacetOption[]>> {
	const { t } = ctx;
	const used = usedValues(CATALOGUE_FACETS, (await catalogueCourses(ctx)).map(valuesOf));
	const shared = await sharedFacetOptions(ctx, used);
	return {
		topic: shared.topic,
		audience: AUDIENCES.filter((a) => used.audience.has(a)).map((a) => [a, t(`audience.${a}`)]),
		format: COURSE_FORMATS.filter((f) => used.format.has(f)).map((f) => [f, t(`format.${f}`)]),
		organiser: shared.organiser,
		region: shared.region,
	};
}

/** The catalogue JSON: facet tables once, one compact row per course. */
export async function catalogueData(ctx: SiteContext): Promise<CatalogueData> {
	const { paths, t } = ctx;
	return listData(ctx, {
		base: paths.section('courses'),
		kind: 'courses',
		facets: await catalogueFacets(ctx),
		items: (await catalogueCourses(ctx)).map(valuesOf),
		text: { count: t('catalogue.count'), empty: t('catalogue.empty') },
	});
}

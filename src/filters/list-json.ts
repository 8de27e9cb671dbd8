import { cardDate, cardPlace, cardPrice, REGISTRATION_STATES, registrationLabel } from '../components/card-text.ts';
import { type CourseItem, type EventItem, getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import type { FacetOption, ListData, ListRow } from './list-data.ts';

/** An item of a filtered list with its facet values (URL values). */
export interface FilterableItem<F extends string> {
	item: CourseItem | EventItem;
	values: Record<F, string[]>;
}

/** Every value each facet's items use. */
export function usedValues<F extends string>(keys: readonly F[], items: readonly FilterableItem<F>[]): Record<F, Set<string>> {
	const used = Object.fromEntries(keys.map((f) => [f, new Set<string>()])) as Record<F, Set<string>>;
	for (const { values } of items) for (const facet of keys) for (const value of values[facet]) used[facet].add(value);
	return used;
}

/**
 * The options the catalogue and the events list share, of values some item uses, in display
 * order: topics and organisers by name, every
 * region of `site.yaml` (in its order), or, when it lists none, the regions items name.
 */
export async function sharedFacetOptions(
	ctx: SiteContext,
	used: Record<'topic' | 'organiser' | 'region', Set<string>>,
): Promise<Record<'topic' | 'organiser' | 'region', FacetOption[]>> {
	const { site, t } = ctx;
	const { topics, organisations } = await getContentIndex(ctx);
	return {
		topic: [...topics].filter(([id]) => used.topic.has(id)).map(([id, e]) => [id, e.data.name]),
		organiser: [...organisations].filter(([id]) => used.organiser.has(id)).map(([id, e]) => [id, e.data.name]),
		region:
			site.regions.length > 0
				? site.regions.map((r) => [r.slug, r.name])
				: [...used.region].sort((a, b) => a.localeCompare(b, t('locale'))).map((r) => [r, r]),
	};
}

const iso = (d?: Date) => (d ? d.toISOString().replace('.000Z', 'Z') : null);

/** What differs between the lists: where they live, their facets, their items and their count texts. */
export interface ListSource<F extends string> {
	base: string;
	kind: ListData['kind'];
	facets: Record<F, FacetOption[]>;
	/** In list order. */
	items: FilterableItem<F>[];
	text: { count: string; empty: string };
}

/** A filtered list's JSON: facet tables once, one compact row per item (see `ListRow`), cards as the server renders them. */
export async function listData<F extends string>(ctx: SiteContext, source: ListSource<F>): Promise<ListData<F>> {
	const { t } = ctx;
	const { organisations, locations } = await getContentIndex(ctx);
	const keys = Object.keys(source.facets) as F[];
	const index = Object.fromEntries(keys.map((facet) => [facet, new Map(source.facets[facet].map(([value], i) => [value, i]))])) as Record<
		F,
		Map<string, number>
	>;
	const rows = source.items.map(({ item, values }): ListRow => {
		const { data } = item;
		const tag = item.kind === 'course' ? t(`format.${item.data.format}`) : t('type.event');
		const place = cardPlace(ctx, item, locations) ?? '';
		const organiser = organisations.get(data.organiser)?.data;
		// Local days of each session or of the event (content datetimes are local; a date-only end is that whole day).
		const days =
			item.kind === 'course'
				? item.sessions.flatMap((s) => [s.start.slice(0, 10), s.end.slice(0, 10)])
				: [item.data.start.slice(0, 10), item.data.end.slice(0, 10)];
		const row: ListRow = [
			item.entry.id,
			data.title,
			data.summary,
			cardDate(ctx, item)?.text ?? (item.kind === 'course' ? (item.data.duration ?? '') : ''),
			iso(item.next),
			iso(item.span.end),
			REGISTRATION_STATES.indexOf(item.state),
			tag,
			// The card leaves out a place that only repeats the tag ("E-læring").
			place === tag ? '' : place,
			(item.kind === 'course' && cardPrice(ctx, item)) || '',
			organiser?.name ?? '',
			keys.map((facet) => values[facet].map((v) => index[facet].get(v) ?? -1).filter((i) => i >= 0)),
			days,
		];
		if (item.kind === 'course' && item.lang) row.push(item.lang);
		return row;
	});
	return {
		base: source.base,
		kind: source.kind,
		facets: source.facets,
		states: REGISTRATION_STATES.map((s) => [s, registrationLabel(ctx, s)]),
		text: {
			...source.text,
			upcoming: t('list.upcoming'),
			always: t('list.elearning'),
			past: t('list.past'),
			pages: t('pagination.label'),
			previous: t('pagination.previous'),
			next: t('pagination.next'),
			page: t('pagination.page'),
			show: t('filters.show'),
			favouriteAdd: t('favourites.add'),
			favouriteRemove: t('favourites.remove'),
		},
		items: rows,
	};
}

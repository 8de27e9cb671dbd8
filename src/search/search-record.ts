/**
 * What a page contributes to the search index besides its text. The filter keys are a contract
 * with the search page and outside readers of the index: change them only together.
 */
export const FILTER_KEYS = ['type', 'topic', 'audience', 'organiser', 'format', 'region'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Meta fields every result can show. */
export const META_KEYS = ['title', 'date', 'organiser', 'image', 'image_alt'] as const;
export type MetaKey = (typeof META_KEYS)[number];

export interface SearchRecord {
	/** Filter values, as labels in the site's language. */
	filters: Partial<Record<FilterKey, string[]>>;
	/** Result metadata; `date` is `YYYY-MM-DD`. */
	meta: Partial<Record<MetaKey, string>>;
	/** Order key: `date`, a sortable local date (-time `YYYY-MM-DDTHH:mm`); the index holds its pages newest first by it (pagefind-index.ts). */
	sort: { date?: string };
}

/** Builds a record, dropping empty values so the index holds only what is known. */
export function searchRecord(record: SearchRecord): SearchRecord {
	const filters = Object.fromEntries(
		Object.entries(record.filters)
			.map(([key, values]) => [key, [...new Set((values ?? []).filter(Boolean))]] as const)
			.filter(([, values]) => values.length > 0),
	);
	const meta = Object.fromEntries(Object.entries(record.meta).filter(([, value]) => value));
	const sort = record.sort.date ? { date: record.sort.date } : {};
	return { filters, meta, sort };
}

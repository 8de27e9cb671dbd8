/** The dates an entry carries about its own publication (all local dates, `YYYY-MM-DD`). */
interface Dated {
	/** First publication (courses, events, programmes). */
	published?: string;
	/** Last substantial change. */
	updated?: string;
	/** A news item's publication date. */
	date?: string;
}

/**
 * When an entry was first published: a news item's `date`, else `published`, falling back to
 * `updated` (the spec's rule for the feeds of new courses and events). Undefined when it has none.
 */
export const publishedOn = (data: Dated): string | undefined => data.date ?? data.published ?? data.updated;

/** When an entry last changed: `updated`, else when it was published. */
export const changedOn = (data: Dated): string | undefined => data.updated ?? publishedOn(data);

/** Whether the entry was published or updated on a day in `[since, until]` (local dates, inclusive). */
export const publishedOrUpdatedIn = (data: Dated, since: string, until: string): boolean =>
	[publishedOn(data), data.updated].some((day) => day !== undefined && day >= since && day <= until);

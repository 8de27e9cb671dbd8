/** What ranking related items needs to know about an item. */
export interface Relatable {
	topics: readonly string[];
	/** The organisation responsible (a course's or event's organiser, a news item's organisation). */
	organiser: string;
	/** A course or event that has ended. */
	past: boolean;
	/** When it is on or was published (ms since the epoch); undefined when always available (e-learning). */
	when?: number;
}

/** The items of one topic or organisation (the content index's lookup maps). */
export interface RelatedLists<T> {
	topic(id: string): readonly T[];
	organiser(id: string): readonly T[];
}

const distance = (item: Relatable, now: number) => (item.when === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(item.when - now));

/** Current before past, then closest to `now` (the next upcoming, the newest); undated after dated. */
export const timeliness = (now: number) => (a: Relatable, b: Relatable) =>
	Number(a.past) - Number(b.past) || distance(a, now) - distance(b, now);

/**
 * Up to `limit` related items for each of `items`: those sharing a topic first, then those of the
 * same organiser; within each group the most timely first; past items only when no current ones
 * are related; never the item itself. Each topic's and organiser's list is sorted once and only
 * its first `limit + 1` entries are read per item, so the run is linear in the number of items
 * (times their topics and `limit`), never a scan of the collection per item.
 */
export function relatedItems<T>(
	items: readonly T[],
	describe: (item: T) => Relatable,
	lists: RelatedLists<T>,
	now: number,
	limit = 3,
): Map<T, T[]> {
	const info = new Map(items.map((item) => [item, describe(item)]));
	const about = (item: T) => info.get(item) ?? describe(item);
	const order = timeliness(now);
	const sorted = new Map<string, T[]>();
	const head = (key: string, list: () => readonly T[]) => {
		let items = sorted.get(key);
		if (!items) sorted.set(key, (items = [...list()].sort((a, b) => order(about(a), about(b)))));
		return items.slice(0, limit + 1);
	};
	const result = new Map<T, T[]>();
	for (const item of items) {
		const { topics, organiser } = about(item);
		const pool = new Set([
			...topics.flatMap((id) => head(`topic:${id}`, () => lists.topic(id))),
			...head(`organiser:${organiser}`, () => lists.organiser(organiser)),
		]);
		pool.delete(item);
		const candidates = [...pool];
		const anyCurrent = candidates.some((c) => !about(c).past);
		const group = (c: T) => (about(c).topics.some((id) => topics.includes(id)) ? 0 : 1);
		const ranked = candidates.filter((c) => !anyCurrent || !about(c).past).sort((a, b) => group(a) - group(b) || order(about(a), about(b)));
		result.set(item, ranked.slice(0, limit));
	}
	return result;
}

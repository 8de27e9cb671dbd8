// The current/archive rule of the site search, written once: which pages the default search index
// holds (what is current) and which go to the archive index that the search page merges only when
// the reader asks for it. Pure: the search integration (pagefind-index.ts), the search page's
// filter totals and the tests all call it.
import type { ContentIndex, EntryTypes } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { addDays, monthsBefore } from '../lib/local-date.ts';
import { localToInstant } from '../lib/time-zone.ts';
import { type ArchiveInfo, endsValue } from './archive-contract.ts';

export * from './archive-contract.ts';

/** News stays current for this many calendar months after its date. */
export const NEWS_CURRENT_MONTHS = 12;

/**
 * Pages that leave the current index within this many days after the build carry their leaving
 * time as the `ends` filter, so a search without the archive can drop them once they have left
 * (a build up to this old agrees with the pages' past-items script; see `endedValues`).
 */
export const ENDS_WINDOW_DAYS = 31;

/** Whether news dated `date` (`YYYY-MM-DD`) is current on the local day `today`: dated within the last 12 months. */
export const isCurrentNews = (date: string, today: string): boolean => date >= monthsBefore(today, NEWS_CURRENT_MONTHS);

/** The first local day on which news dated `date` is no longer current. */
export function newsLeavesOn(date: string): string {
	// Twelve months on is still current (monthsBefore clamps 29 February); the next day that is not is the answer.
	let day = addDays(date, 365);
	while (isCurrentNews(date, day)) day = addDays(day, 1);
	while (!isCurrentNews(date, addDays(day, -1))) day = addDays(day, -1);
	return day;
}

/**
 * When each page that can leave the current index leaves it, by URL: a course or event when it
 * ends (its `span.end`, the instant at which the site calls it past, `lib/schedule.ts` `isPast`),
 * a news item at the start (in the site's time zone) of the first day it is over 12 months old.
 * Pages not in the map never leave: e-learning without sessions, programmes, topics, organisations
 * and locations.
 */
export function leavingTimes<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>): Map<string, Date> {
	const tz = ctx.site.timezone;
	const times = new Map<string, Date>();
	for (const item of [...index.courses, ...index.events]) if (item.span.end) times.set(item.href, item.span.end);
	for (const item of index.news) times.set(item.href, localToInstant(newsLeavesOn(item.data.date), tz));
	return times;
}

/** Current at `now`: the page never leaves, or leaves after `now` (the same `end <= now` as `isPast`). */
export const isCurrentAt = (leaves: Date | undefined, now: Date): boolean => leaves === undefined || leaves > now;

/** The page's place in the split at build time `now`: its index, and its `ends` value when it leaves within the window. */
export function placeOf(leaves: Date | undefined, now: Date): { archive: boolean; ends?: string } {
	if (!isCurrentAt(leaves, now)) return { archive: true };
	const soon = leaves !== undefined && leaves.getTime() <= now.getTime() + ENDS_WINDOW_DAYS * 86_400_000;
	return soon ? { archive: false, ends: endsValue(leaves) } : { archive: false };
}

/** The split of `pages` at the build's `now` (pages with their `ends` value), and what the search page is told. */
export function splitPages<P extends { url: string }>(
	pages: readonly P[],
	leaves: ReadonlyMap<string, Date>,
	now: Date,
): { current: (P & { ends?: string })[]; archive: P[]; info: ArchiveInfo } {
	const current: (P & { ends?: string })[] = [];
	const archive: P[] = [];
	for (const page of pages) {
		const place = placeOf(leaves.get(page.url), now);
		if (place.archive) archive.push(page);
		else current.push(place.ends ? { ...page, ends: place.ends } : page);
	}
	const ends = [...new Set(current.flatMap((page) => (page.ends ? [page.ends] : [])))].sort();
	return { current, archive, info: { archived: archive.length, ends } };
}

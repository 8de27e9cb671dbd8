import { icsPath } from '../calendars/calendar-events.ts';
import { cardDate, cardPlace, registrationLabel } from '../components/card-text.ts';
import type { ContentIndex, CourseItem, EntryTypes, EventItem } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { favouriteId, type FavouriteRecord, type FavouritesData } from './favourites-contract.ts';

/** A course's or event's record: the words of its card (date, place, registration badge) and its calendar file. */
function offeringRecord<E extends EntryTypes>(
	ctx: SiteContext,
	index: ContentIndex<E>,
	item: CourseItem<E> | EventItem<E>,
): FavouriteRecord {
	const { t } = ctx;
	const date = cardDate(ctx, item);
	const hasCalendar = item.kind === 'event' || item.sessions.length > 0;
	return {
		title: item.data.title,
		href: item.href,
		type: item.kind === 'course' ? t(`format.${item.data.format}`) : t('type.event'),
		date: date?.text,
		datetime: date?.datetime,
		duration: item.kind === 'course' && !date ? item.data.duration : undefined,
		place: cardPlace(ctx, item, index.locations),
		state: item.state,
		stateLabel: registrationLabel(ctx, item.state),
		endsAt: item.span.end?.toISOString(),
		ics: hasCalendar ? icsPath(ctx, item.kind === 'course' ? 'courses' : 'events', item.entry.id) : undefined,
	};
}

/**
 * The favourites page's data: every course, event and programme of the index (published ones only,
 * as the index holds them) with what its card says, keyed by `favouriteId`.
 */
export function favouritesData<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>): FavouritesData {
	const { t } = ctx;
	const entries: [string, FavouriteRecord][] = [
		...index.courses.map((item): [string, FavouriteRecord] => [favouriteId('courses', item.entry.id), offeringRecord(ctx, index, item)]),
		...index.events.map((item): [string, FavouriteRecord] => [favouriteId('events', item.entry.id), offeringRecord(ctx, index, item)]),
		...index.programmes.map((item): [string, FavouriteRecord] => [
			favouriteId('programmes', item.entry.id),
			{ title: item.data.title, href: item.href, type: t('type.programme'), duration: item.data.duration },
		]),
	];
	return Object.fromEntries(entries);
}

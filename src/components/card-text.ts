import { REGISTRATION_KEYS } from '../lib/registration-labels.ts';
import type { RegistrationState } from '../lib/schedule.ts';
import type { CourseItem, EntryTypes, EventItem, ListItem } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { isDateOnly } from '../lib/time-zone.ts';

/** The date a card shows: publication, the next session (and how many there are), or the event's span. */
export function cardDate<E extends EntryTypes>(
	{ format, t }: SiteContext,
	item: ListItem<E>,
): { datetime: string; text: string } | undefined {
	if (item.kind === 'news') return { datetime: item.data.date, text: format.date(item.data.date) };
	if (item.kind === 'event') {
		return { datetime: format.iso(item.span.start), text: format.range(item.span.start, item.span.end, isDateOnly(item.data.start)) };
	}
	const session = item.sessions.find((s) => s.startAt.getTime() === item.next?.getTime());
	if (!session) return undefined;
	const range = format.range(session.startAt, session.endAt, isDateOnly(session.start));
	const count = item.sessions.length;
	return { datetime: format.iso(session.startAt), text: count > 1 ? `${range} (${t('list.sessions', { count })})` : range };
}

/** Every registration state in a fixed order. */
export const REGISTRATION_STATES = Object.keys(REGISTRATION_KEYS) as RegistrationState[];

/** What a registration badge says. */
export const registrationLabel = ({ t }: SiteContext, state: RegistrationState): string => t(REGISTRATION_KEYS[state]);

/** A known location's name by id (the content index's `locations`). */
export type LocationNames = ReadonlyMap<string, { data: { name: string } }>;

/**
 * Where a course or event card says it is: the location's name or the free-text place of the next
 * session (or the event), "Digitalt" when it is online only, "E-læring" for e-learning.
 */
export function cardPlace<E extends EntryTypes>(
	{ t }: SiteContext,
	item: CourseItem<E> | EventItem<E>,
	locations: LocationNames,
): string | undefined {
	if (item.kind === 'course' && item.data.format === 'elearning') return t('format.elearning');
	const where =
		item.kind === 'event' ? item.data : (item.sessions.find((s) => s.startAt.getTime() === item.next?.getTime()) ?? item.sessions.at(-1));
	if (!where) return undefined;
	const known = where.location ? locations.get(where.location)?.data.name : undefined;
	if (known ?? where.place) return known ?? where.place;
	return where.online_url || (item.kind === 'event' && item.data.attendance === 'online') ? t('format.digital') : undefined;
}

/** A course card's price in the site's currency, "Gratis" when it is 0; none when the course states no price. */
export const cardPrice = <E extends EntryTypes>({ format }: SiteContext, item: CourseItem<E>): string | undefined =>
	item.data.price === undefined ? undefined : format.price(item.data.price);
/** What a card says of a course or event, each part as the card words it; `when` and `where` may be unknown. */
export interface OfferFacts {
	/** The next date (`cardDate`). */
	when?: string;
	/** The place (`cardPlace`). */
	where?: string;
	/** The registration state (`registrationLabel`). */
	registration: string;
}

/** A course's or event's next date, place and registration state: one set of facts for cards, feeds and the digest. */
export function offerFacts<E extends EntryTypes>(
	ctx: SiteContext,
	item: CourseItem<E> | EventItem<E>,
	locations: LocationNames,
): OfferFacts {
	return { when: cardDate(ctx, item)?.text, where: cardPlace(ctx, item, locations), registration: registrationLabel(ctx, item.state) };
}

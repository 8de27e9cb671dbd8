import { buildCalendar, type CalendarEvent, subscriptionWindow } from './ical.ts';
import type { ContentIndex, CourseItem, EventItem } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import type { Section } from '../context/site-paths.ts';
import { isDateOnly, localToInstant } from '../lib/time-zone.ts';

/** What calendar entries look up in a content index: the places and organisers they name. */
type CalendarLookups = Pick<ContentIndex, 'locations' | 'organisations'>;

/** How often subscribed calendar apps should fetch again (the site changes when content is published). */
const REFRESH_SECONDS = 6 * 3600;

/**
 * `DTSTAMP` of an entry with neither `updated` nor `published`. It must not be the build time:
 * then every build would change every file, and calendar apps would see every event as revised.
 * A fixed instant keeps unchanged content byte-identical between builds.
 */
const UNKNOWN_REVISION = new Date(0);

const absolute = ({ site }: SiteContext, path: string) => new URL(path, site.url).href;

/** The calendar file of a course, event, organisation or topic: `/kurs/<slug>/` → `/kurs/<slug>.ics`. */
export const icsPath = ({ paths }: SiteContext, section: Section, slug: string): string =>
	paths.entry(section, slug).replace(/\/$/, '.ics');

/** The site's subscription calendar of every course and event: `/kalender.ics`. */
export const allIcsPath = ({ t }: SiteContext): string => `/${t('route.calendar')}.ics`;

/** The subscription address of a calendar file: `webcal://` with the site's host. */
export const webcalUrl = (ctx: SiteContext, path: string): string => absolute(ctx, path).replace(/^https?:/, 'webcal:');

/** The same calendar's `https://` address, for apps (and people) that take a web address. */
export const calendarUrl = (ctx: SiteContext, path: string): string => absolute(ctx, path);

/** Where a session or event happens (the shape shared by sessions and events). */
interface Where {
	location?: string;
	place?: string;
	online_url?: string;
}

/** Location name and one-line address, free-text place, or else the online link. */
function placeOf(index: CalendarLookups, where: Where): CalendarEvent['location'] {
	const known = where.location ? index.locations.get(where.location)?.data : undefined;
	if (known)
		return {
			name: known.name,
			address: `${known.address}, ${known.postcode ? `${known.postcode} ${known.city}` : known.city}`,
			geo: known.geo,
		};
	if (where.place) return { name: where.place };
	return where.online_url ? { name: where.online_url } : undefined;
}

/** What a course's sessions and an event share: text, page, place, organiser, revision date. */
function common(
	ctx: SiteContext,
	index: CalendarLookups,
	item: CourseItem | EventItem,
	where: Where,
): Omit<CalendarEvent, 'uid' | 'start' | 'end' | 'allDay' | 'summary'> {
	const { site, t } = ctx;
	const { data } = item;
	const url = absolute(ctx, item.href);
	const location = placeOf(index, where);
	const online = where.online_url && location?.name !== where.online_url ? t('calendar.online', { url: where.online_url }) : undefined;
	const organiser = index.organisations.get(data.organiser)?.data;
	const revised = data.updated ?? data.published;
	return {
		description: [data.summary, online, t('calendar.more', { url })].filter(Boolean).join('\n\n'),
		url,
		location,
		// ORGANIZER needs an address: the organisation's, else the entry's contact, else the editors'.
		organizer: { name: organiser?.name ?? data.organiser, email: organiser?.email ?? data.contact?.email ?? site.contact.email },
		cancelled: item.kind === 'course' && item.data.status === 'cancelled',
		stamp: revised ? localToInstant(revised, site.timezone) : UNKNOWN_REVISION,
	};
}

/**
 * One calendar event per session of a course (none for e-learning without sessions).
 * UID: `courses-<slug>-<local start>@<host>`, e.g. `courses-x-20270210T0900@kurs.example.no`.
 * Keyed by the session's start rather than its position, so adding, removing or reordering
 * sessions leaves the others' UIDs alone; moving a session to another time gives it a new one.
 */
export function courseEvents(ctx: SiteContext, index: CalendarLookups, item: CourseItem): CalendarEvent[] {
	const { t } = ctx;
	const host = new URL(ctx.site.url).host;
	const seen = new Map<string, number>();
	return item.sessions.map((session, n) => {
		const key = session.start.replace(/[-:]/g, '');
		const repeat = (seen.get(key) ?? 0) + 1;
		seen.set(key, repeat);
		const shared = common(ctx, index, item, session);
		const title =
			item.sessions.length > 1 ? t('calendar.session', { title: item.data.title, n: n + 1, count: item.sessions.length }) : item.data.title;
		return {
			...shared,
			uid: `courses-${item.entry.id}-${key}${repeat > 1 ? `-${repeat}` : ''}@${host}`,
			start: session.startAt,
			end: session.endAt,
			allDay: isDateOnly(session.start) && isDateOnly(session.end),
			summary: shared.cancelled ? t('calendar.cancelled', { title }) : title,
		};
	});
}

/** The calendar event of an event. UID: `events-<slug>@<host>`, kept when the event is moved. */
export function eventEvent(ctx: SiteContext, index: CalendarLookups, item: EventItem): CalendarEvent {
	const host = new URL(ctx.site.url).host;
	return {
		...common(ctx, index, item, item.data),
		uid: `events-${item.entry.id}@${host}`,
		start: item.span.start,
		end: item.span.end,
		allDay: isDateOnly(item.data.start) && isDateOnly(item.data.end),
		summary: item.data.title,
	};
}

/** Calendar events of each course and event, derived once: an item is in its own file and in several subscriptions. */
const derived = new WeakMap<CourseItem | EventItem, readonly CalendarEvent[]>();

function eventsOf(ctx: SiteContext, index: CalendarLookups, item: CourseItem | EventItem): readonly CalendarEvent[] {
	let events = derived.get(item);
	if (!events) derived.set(item, (events = item.kind === 'course' ? courseEvents(ctx, index, item) : [eventEvent(ctx, index, item)]));
	return events;
}

/** What one calendar file holds. */
export interface CalendarSpec {
	/** What the calendar is of (a title or name); left out for the calendar of everything. */
	name?: string;
	/** The page the calendar belongs to. */
	page: string;
	/** The calendar file's own path. */
	file: string;
	courses: readonly CourseItem[];
	events: readonly EventItem[];
	/** A subscription calendar (the site's, a topic's, an organisation's): only `subscriptionWindow`. */
	subscription: boolean;
}

/**
 * The `.ics` text of a calendar file, events in time order. A subscription calendar has what
 * `subscriptionWindow` keeps at the build time (`KB_NOW`): upcoming and recently ended sessions and
 * events. The calendar of one course or event ("Legg i kalender") has every session, past ones included.
 */
export function calendarText(ctx: SiteContext, index: CalendarLookups, spec: CalendarSpec): string {
	const { lang, now, site, t } = ctx;
	const all = [...spec.courses, ...spec.events].flatMap((item) => eventsOf(ctx, index, item));
	const events = (spec.subscription ? subscriptionWindow(all, now) : all).sort(
		(a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid),
	);
	return buildCalendar(events, {
		name: spec.name ? t('calendar.of', { name: spec.name, site: site.name }) : t('calendar.all', { site: site.name }),
		url: absolute(ctx, spec.page),
		source: absolute(ctx, spec.file),
		timeZone: site.timezone,
		language: lang,
		refreshSeconds: REFRESH_SECONDS,
	});
}

/** The calendar file of one course or event, and where it goes. */
export interface EntryCalendar {
	section: 'courses' | 'events';
	slug: string;
	spec: CalendarSpec;
}

/**
 * Every course's and event's own calendar ("Legg i kalender"): every event, and every course
 * with sessions (e-learning without sessions has nothing to put in a calendar).
 */
export function entryCalendars(ctx: SiteContext, index: Pick<ContentIndex, 'courses' | 'events'>): EntryCalendar[] {
	const own = (section: EntryCalendar['section'], item: CourseItem | EventItem): EntryCalendar => ({
		section,
		slug: item.entry.id,
		spec: {
			name: item.data.title,
			page: item.href,
			file: icsPath(ctx, section, item.entry.id),
			courses: item.kind === 'course' ? [item] : [],
			events: item.kind === 'event' ? [item] : [],
			subscription: false,
		},
	});
	return [
		...index.courses.filter((item) => item.sessions.length > 0).map((item) => own('courses', item)),
		...index.events.map((item) => own('events', item)),
	];
}

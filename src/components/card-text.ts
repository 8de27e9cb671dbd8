import { REGISTRATION_KEYS } from '../lib/registration-labels.ts';
import type { RegistrationState } from '../lib/schedule.ts';
import type { ListItem } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { isDateOnly } from '../lib/time-zone.ts';

/** The date a card shows: publication, the next session (and how many there are), or the event's span. */
export function cardDate({ format, t }: SiteContext, item: ListItem): { datetime: string; text: string } | undefined {
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

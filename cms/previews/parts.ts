import { REGISTRATION_KEYS } from '../../src/lib/registration-labels.ts';
import type { RegistrationState } from '../../src/lib/schedule.ts';
import { isDateOnly, localToInstant } from '../../src/lib/time-zone.ts';
import type { PreviewContext } from './context.ts';
import type { Child, PreviewProps, VNode } from './decap.ts';

/** React.createElement, looked up when called (Decap defines it before this module runs). */
export const h = (type: string, props: Record<string, unknown> | null, ...children: Child[]): VNode => window.h(type, props, ...children);

/** A value an editor may not have filled in yet, as text (undefined when empty or not text). */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** A list field's value (empty when missing). */
export const list = <T = unknown>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/** The result of `fn`, or undefined while the input is incomplete or invalid (it throws). */
export function safely<T>(fn: () => T): T | undefined {
	try {
		return fn();
	} catch {
		return undefined;
	}
}

/** The entry's fields as plain data. */
export const entryData = (props: PreviewProps): Record<string, unknown> =>
	(props.entry.get('data') as { toJS(): Record<string, unknown> } | undefined)?.toJS() ?? {};

/**
 * The name (or `shown` field, e.g. a course's title) of a picked entry, else its slug. Relation
 * widgets keep the picked entries' data by field name (inside a list: list name, then field
 * name), then collection and slug.
 */
export function nameOf(props: PreviewProps, field: string | string[], collection: string, slug: string, shown = 'name'): string {
	const name = props.fieldsMetaData?.getIn([...[field].flat(), collection, slug, shown]);
	return typeof name === 'string' ? name : slug;
}

/** The top of a page, as `PageHeader.astro` renders it. */
export const pageHeader = (eyebrow: string, title: unknown, lead: unknown, ...children: Child[]) =>
	h(
		'header',
		{ className: 'page-header' },
		h('p', { className: 'eyebrow' }, eyebrow),
		h('h1', null, text(title) ?? ''),
		text(lead) && h('p', { className: 'lead' }, text(lead)),
		...children,
	);

/** A `Facts` list; entries without a value are left out. */
export const facts = (entries: [string, Child][]) =>
	h(
		'dl',
		{ className: 'facts' },
		entries
			.filter(([, value]) => value)
			.map(([term, value]) => h('div', { className: 'fact', key: term }, h('dt', null, term), h('dd', null, value))),
	);

/** A one-line list (topics, partners, audiences); undefined when empty. */
export const inlineList = (labels: string[]) =>
	labels.length > 0
		? h(
				'ul',
				{ className: 'inline-list' },
				labels.map((label, i) => h('li', { key: i }, label)),
			)
		: undefined;

/** A date or local date-time from the content, as `LocalTime.astro` shows it. */
export function localTime({ t, format, timeZone }: PreviewContext, value: unknown): string | undefined {
	const local = text(value);
	if (!local) return undefined;
	return safely(() => {
		if (isDateOnly(local)) return format.date(local);
		const at = localToInstant(local, timeZone);
		return t('time.at', { day: format.day(at), time: format.time(at) });
	});
}

/** Where: a known location (by name; `field` is its metadata path), a free-text place, an online link. */
export const place = (props: PreviewProps, { t }: PreviewContext, where: Record<string, unknown>, field: string[]) => [
	text(where.location) && h('p', { className: 'place', key: 'location' }, nameOf(props, field, 'locations', text(where.location)!)),
	text(where.place) && h('p', { className: 'place', key: 'place' }, text(where.place)),
	text(where.online_url) && h('p', { className: 'place', key: 'online' }, h('a', { href: text(where.online_url) }, t('detail.online'))),
];

/** The registration box of `RegistrationBox.astro`: state badge, deadline, seats and price. */
export function registrationBox(ctx: PreviewContext, data: Record<string, unknown>, state: RegistrationState | undefined, price?: unknown) {
	const { t, format } = ctx;
	const registration = (data.registration ?? {}) as Record<string, unknown>;
	return h(
		'section',
		{ className: 'box registration' },
		h('h2', null, t('registration.title')),
		state && h('p', null, h('span', { className: `badge badge--${state}` }, t(REGISTRATION_KEYS[state]))),
		facts([
			[t('registration.deadline'), localTime(ctx, registration.deadline)],
			[t('registration.seats'), typeof registration.seats === 'number' && format.number(registration.seats)],
			[t('detail.price'), typeof price === 'number' && format.price(price)],
		]),
	);
}

/**
 * An image from the content, as `ContentImage.astro` renders it (decorative ones get empty
 * alternative text). A file uploaded in this session is not on the site yet: Decap's asset proxy has it.
 */
export function contentImage(props: PreviewProps, image: unknown, className: string): VNode | undefined {
	const { src, alt, decorative } = (image ?? {}) as Record<string, unknown>;
	if (!text(src)) return undefined;
	const url = safely(() => props.getAsset?.(text(src)!)?.toString()) || text(src);
	return h('img', { className, src: url, alt: decorative === true ? '' : (text(alt) ?? '') });
}

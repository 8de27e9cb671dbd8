import type { UIKey } from '../../src/i18n/index.ts';
import { courseSpan, eventSpan, registrationState, type Span, timedSessions } from '../../src/lib/schedule.ts';
import type { Course, Session } from '../../src/schemas/course.ts';
import { isDateOnly } from '../../src/lib/time-zone.ts';
import type { PreviewContext } from './context.ts';
import type { Child, PreviewProps, VNode } from './decap.ts';
import {
	contentImage,
	entryData,
	facts,
	h,
	inlineList,
	list,
	localTime,
	nameOf,
	pageHeader,
	place,
	registrationBox,
	safely,
	text,
} from './parts.ts';

export type Data = Record<string, unknown>;
export type Render = (props: PreviewProps, ctx: PreviewContext) => VNode;

/**
 * Wraps a render function as the class component Decap expects. An entry marked `draft: true` in
 * its file (the form hides that field: the workflow status is the editor's notion of draft) says
 * so above the page, since it will not be built even when published.
 */
export const template = (render: Render, ctx: PreviewContext) =>
	window.createClass({
		render() {
			const draft = entryData(this.props).draft === true;
			return h(
				'main',
				{ className: 'wrap' },
				draft && h('p', { className: 'notice' }, ctx.t('cms.preview.draftFlag')),
				render(this.props, ctx),
			);
		},
	});

const labels = (t: PreviewContext['t'], prefix: string, values: unknown) => list<string>(values).map((v) => t(`${prefix}.${v}` as UIKey));
export const names = (props: PreviewProps, field: string, collection: string, data: Data) =>
	list<string>(data[field]).map((slug) => nameOf(props, field, collection, slug));

/** The registration state shown on the site, while the entered values make sense. */
const stateOf = (data: Data, span: Span | undefined, { timeZone }: PreviewContext) =>
	span && safely(() => registrationState(data as Pick<Course, 'status' | 'format' | 'registration'>, span, new Date(), timeZone));

/** Audiences, organiser, partners and topics: the end of every offering's facts. */
export const offeringFacts = (props: PreviewProps, { t }: PreviewContext, data: Data): [string, Child][] => [
	[t('detail.audiences'), inlineList(labels(t, 'audience', data.audiences))],
	[t('detail.organiser'), text(data.organiser) && nameOf(props, 'organiser', 'organisations', text(data.organiser)!)],
	[t('detail.partners'), inlineList(names(props, 'partners', 'organisations', data))],
	[t('detail.topics'), inlineList(names(props, 'topics', 'topics', data))],
];

/** Header, "when and where" (left out when `when` is empty), registration, body and facts, as `Offering.astro` lays them out. */
export function offering(
	props: PreviewProps,
	ctx: PreviewContext,
	data: Data,
	parts: { eyebrow: string; when: Child; whenTitle?: UIKey; about: UIKey; registration: VNode; facts: [string, Child][] },
) {
	const { t } = ctx;
	return h(
		'article',
		{ className: 'detail' },
		pageHeader(parts.eyebrow, data.title, data.summary, contentImage(props, data.image, 'page-header__image')),
		h(
			'div',
			{ className: 'detail__layout' },
			h(
				'div',
				{ className: 'detail__main' },
				parts.when && h('section', null, h('h2', null, t(parts.whenTitle ?? 'detail.sessions')), parts.when),
				parts.registration,
				h('section', null, h('h2', null, t(parts.about)), h('div', { className: 'prose' }, props.widgetFor('body'))),
			),
			h(
				'aside',
				{ className: 'detail__aside' },
				h('section', { className: 'box' }, h('h2', null, t('detail.facts')), facts([...parts.facts, ...offeringFacts(props, ctx, data)])),
			),
		),
	);
}

/**
 * The save refuses an end before its start (at the field); the preview says so beside the times
 * too, instead of showing "20:00–17:00" as if it were fine (seen by an editor).
 */
const endBeforeStart = ({ t }: PreviewContext, start: Date, end: Date) =>
	end.getTime() <= start.getTime() && h('span', { className: 'notice' }, ` ${t('validation.endAfterStart')}`);

/** A course page: sessions with weekday, date and local times. */
export const coursePreview: Render = (props, ctx) => {
	const { t, format } = ctx;
	const data = entryData(props);
	const complete = list<Session>(data.sessions).filter((s) => text(s?.start) && text(s?.end));
	const sessions = safely(() => timedSessions({ sessions: complete }, ctx.timeZone));
	// No badge for a course without any time yet (unless it is e-learning, which needs none).
	const span = sessions && (sessions.length > 0 || data.format === 'elearning') ? courseSpan(sessions) : undefined;
	// E-learning without sessions has no time or place, as on the site.
	const when = !sessions
		? h('p', { className: 'notice' }, t('cms.preview.invalidTime'))
		: sessions.length === 0
			? data.format !== 'elearning' && h('p', null, t('cms.preview.noSessions'))
			: h(
					'ol',
					{ className: 'sessions' },
					sessions.map((s, i) =>
						h(
							'li',
							{ className: 'session', key: i },
							sessions.length > 1 && h('p', { className: 'session__label' }, t('detail.session', { n: i + 1 })),
							h(
								'p',
								{ className: 'session__when' },
								h('time', { dateTime: format.iso(s.startAt) }, format.range(s.startAt, s.endAt, isDateOnly(s.start))),
								endBeforeStart(ctx, s.startAt, s.endAt),
							),
							place(props, ctx, s as unknown as Data, ['sessions', 'location']),
						),
					),
				);
	const courseFormat = text(data.format);
	return offering(props, ctx, data, {
		eyebrow: courseFormat ? `${t('type.course')} · ${t(`format.${courseFormat}` as UIKey)}` : t('type.course'),
		when,
		about: 'detail.about',
		registration: registrationBox(ctx, data, stateOf(data, span, ctx), data.price),
		facts: [
			[t('detail.format'), courseFormat && t(`format.${courseFormat}` as UIKey)],
			[t('detail.duration'), text(data.duration)],
		],
	});
};

/** An event page: its time range, attendance and place. */
export const eventPreview: Render = (props, ctx) => {
	const { t, format } = ctx;
	const data = entryData(props);
	const [start, end] = [text(data.start), text(data.end)];
	const span = start && end ? safely(() => eventSpan({ start, end }, ctx.timeZone)) : undefined;
	const range =
		span && start
			? [
					h('time', { dateTime: format.iso(span.start) }, format.range(span.start, span.end, isDateOnly(start))),
					endBeforeStart(ctx, span.start, span.end),
				]
			: start && h('span', { className: 'notice' }, t('cms.preview.invalidTime'));
	const where = place(props, ctx, data, ['location']).filter(Boolean);
	const when = facts([
		[t('detail.when'), range],
		[t('detail.attendance'), text(data.attendance) && t(`attendance.${text(data.attendance)}` as UIKey)],
		[t('detail.where'), where.length > 0 && where],
	]);
	return offering(props, ctx, data, {
		eyebrow: t('type.event'),
		when,
		about: 'detail.aboutEvent',
		registration: registrationBox(ctx, data, stateOf(data, span, ctx)),
		facts: [],
	});
};

/** A news article: date, organisation and author under the title, then the text and topics. */
export const newsPreview: Render = (props, ctx) => {
	const { t } = ctx;
	const data = entryData(props);
	const topics = inlineList(names(props, 'topics', 'topics', data));
	const byline = facts([
		[t('detail.published'), localTime(ctx, data.date)],
		[t('detail.organisation'), text(data.organisation) && nameOf(props, 'organisation', 'organisations', text(data.organisation)!)],
		[t('detail.author'), text(data.author)],
	]);
	return h(
		'article',
		{ className: 'detail detail--news' },
		pageHeader(t('type.news'), data.title, data.summary, byline, contentImage(props, data.image, 'page-header__image')),
		h('div', { className: 'prose' }, props.widgetFor('body')),
		topics && h('section', null, h('h2', null, t('detail.topics')), topics),
	);
};

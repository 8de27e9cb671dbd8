import { entryData, h, list, nameOf, text } from './parts.ts';
import { offering, type Render } from './templates.ts';

/** One step as `programme-page.astro` shows it: its number, title (the course's, when picked) and description. */
const step = (props: Parameters<Render>[0], t: Parameters<Render>[1]['t'], value: Record<string, unknown>, i: number) => {
	const course = text(value.course);
	return h(
		'li',
		{ className: 'step', key: i },
		h('p', { className: 'eyebrow' }, t('detail.step', { n: i + 1 })),
		h('h3', null, text(value.title) ?? (course && nameOf(props, ['steps', 'course'], 'courses', course, 'title')) ?? ''),
		text(value.description) && h('p', null, text(value.description)),
	);
};

/** A programme page: its steps in order, the description, and the offering facts with duration and intake. */
export const programmePreview: Render = (props, ctx) => {
	const { t } = ctx;
	const data = entryData(props);
	const steps = list<Record<string, unknown>>(data.steps).filter((s) => s && typeof s === 'object');
	return offering(props, ctx, data, {
		eyebrow: t('type.programme'),
		when:
			steps.length > 0 &&
			h(
				'ol',
				{ className: 'steps' },
				steps.map((s, i) => step(props, t, s, i)),
			),
		whenTitle: 'detail.steps',
		about: 'detail.aboutProgramme',
		registration: null,
		facts: [
			[t('detail.duration'), text(data.duration)],
			[t('detail.intake'), text(data.intake)],
		],
	});
};

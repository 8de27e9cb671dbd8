import { fromJS } from 'immutable';
import { createElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { makeFormat } from '../../../src/lib/format.ts';
import type { PreviewContext } from '../../../cms/previews/context.ts';
import type { PreviewProps } from '../../../cms/previews/decap.ts';

// The preview templates with the React that Decap's bundle uses (the same version, a dependency
// of decap-cms-app), rendered to HTML as Decap's preview frame would show them.
const t = useTranslations('nb');
const ctx: PreviewContext = { t, timeZone: 'Europe/Oslo', format: makeFormat('nb-NO', 'Europe/Oslo', t) };

/** Untyped packages (no @types installed), loaded by name. */
const untyped = (name: string) => import(name);
let renderToStaticMarkup: (element: unknown) => string;

beforeAll(async () => {
	renderToStaticMarkup = (await untyped('react-dom/server')).renderToStaticMarkup;
	const createClass = (await untyped('create-react-class')).default;
	Object.assign(globalThis, { window: { h: createElement, createClass } });
});

/** Decap's props for an entry: its data, and the picked entries of relation fields. */
const props = (data: object, meta: object = {}): PreviewProps => ({
	entry: fromJS({ data }) as unknown as PreviewProps['entry'],
	fieldsMetaData: fromJS(meta) as unknown as PreviewProps['fieldsMetaData'],
	widgetFor: () => createElement('p', null, 'Brødtekst'),
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('previews of topics, organisations, locations and programmes', () => {
	it('shows a location with its address, the organisation that runs it (by name), facilities and coordinates', async () => {
		const { locationPreview } = await import('../../../cms/previews/directory.ts');
		const html = renderToStaticMarkup(
			locationPreview(
				props(
					{
						name: 'Simuleringssenteret',
						organisation: 'nus',
						address: 'Sykehusveien 25',
						postcode: '1478',
						city: 'Lørenskog',
						facilities: ['simulering', ''],
						geo: { lat: 59.93, lon: 10.96 },
					},
					{ organisation: { organisations: { nus: { name: 'Nitelva universitetssykehus' } } } },
				),
				ctx,
			) as never,
		);
		expect(html).toContain('<h1>Simuleringssenteret</h1>');
		expect(text(html)).toContain(`${t('detail.address')} Sykehusveien 25, 1478 Lørenskog`);
		expect(text(html)).toContain(`${t('detail.runBy')} Nitelva universitetssykehus`);
		expect(html).toContain('<li>simulering</li>');
		expect(html).not.toContain('<li></li>');
		expect(text(html)).toContain('59.93, 10.96');
	});

	it('shows an organisation with its kind, website without scheme, and logo with its alternative text', async () => {
		const { organisationPreview } = await import('../../../cms/previews/directory.ts');
		const html = renderToStaticMarkup(
			organisationPreview(
				props({ name: 'NUS', kind: 'hospital', website: 'https://www.nus.example/', logo: { src: '/uploads/nus.svg', alt: 'NUS-logo' } }),
				ctx,
			) as never,
		);
		expect(html).toContain(`<p class="eyebrow">${t('orgkind.hospital')}</p>`);
		expect(html).toContain('<a href="https://www.nus.example/">nus.example</a>');
		expect(html).toContain('<img class="logo" src="/uploads/nus.svg" alt="NUS-logo"/>');
	});

	it('shows a topic, a decorative image with empty alternative text', async () => {
		const { topicPreview } = await import('../../../cms/previews/directory.ts');
		const html = renderToStaticMarkup(
			topicPreview(
				props({ name: 'Demens', description: 'Om demens.', image: { src: '/uploads/d.jpg', alt: 'x', decorative: true } }),
				ctx,
			) as never,
		);
		expect(html).toContain('<h1>Demens</h1>');
		expect(html).toContain('<p class="lead">Om demens.</p>');
		expect(html).toContain('alt=""');
	});

	it('shows a programme’s steps in order, a picked course by its title, and its facts', async () => {
		const { programmePreview } = await import('../../../cms/previews/programme.ts');
		const data = {
			title: 'Introduksjonsprogram',
			organiser: 'lorenskog-kommune',
			audiences: ['sykepleier'],
			duration: '12 måneder',
			steps: [{ title: 'Første uke', description: 'Mentor.' }, { course: 'smittevern' }],
		};
		const meta = { steps: { course: { courses: { smittevern: { title: 'Smittevern – e-læring' } } } } };
		const html = renderToStaticMarkup(programmePreview(props(data, meta), ctx) as never);
		expect(text(html)).toMatch(/Steg 1 Første uke Mentor\. Steg 2 Smittevern – e-læring/);
		expect(text(html)).toContain(`${t('detail.duration')} 12 måneder`);
		expect(text(html)).toContain(t('audience.sykepleier'));
		expect(html).toContain(`<h2>${t('detail.steps')}</h2>`);
	});

	it('says above any page when the file has draft: true (the form hides that field)', async () => {
		const { template } = await import('../../../cms/previews/templates.ts');
		const { topicPreview } = await import('../../../cms/previews/directory.ts');
		const Preview = template(topicPreview, ctx) as never;
		expect(renderToStaticMarkup(createElement(Preview, props({ name: 'Demens', draft: true })))).toContain(t('cms.preview.draftFlag'));
		expect(renderToStaticMarkup(createElement(Preview, props({ name: 'Demens', draft: false })))).not.toContain(t('cms.preview.draftFlag'));
	});
});

describe('previews of times that the save refuses', () => {
	it('says beside a course session that ends before it starts what is wrong, and nothing beside a valid one', async () => {
		const { coursePreview } = await import('../../../cms/previews/templates.ts');
		const render = (end: string) =>
			text(
				renderToStaticMarkup(
					coursePreview(props({ title: 'Sårkurs', format: 'classroom', sessions: [{ start: '2027-09-14T20:00', end }] }), ctx) as never,
				),
			);
		expect(render('2027-09-14T17:00')).toContain(t('validation.endAfterStart'));
		expect(render('2027-09-14T21:30')).not.toContain(t('validation.endAfterStart'));
	});

	it('says it beside an event that ends before it starts', async () => {
		const { eventPreview } = await import('../../../cms/previews/templates.ts');
		const render = (end: string) =>
			text(
				renderToStaticMarkup(
					eventPreview(props({ title: 'Nettverksmøte', attendance: 'online', start: '2027-05-03T12:00', end }), ctx) as never,
				),
			);
		expect(render('2027-05-03T11:00')).toContain(t('validation.endAfterStart'));
		expect(render('2027-05-03T14:00')).not.toContain(t('validation.endAfterStart'));
	});
});

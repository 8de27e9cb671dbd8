import type { UIKey } from '../../src/i18n/index.ts';
import type { Render } from './templates.ts';
import { contentImage, entryData, facts, h, inlineList, list, nameOf, pageHeader, text } from './parts.ts';

/**
 * Previews of the directory pages (topics, organisations, locations): the page header and facts
 * as their templates in `src/routes/` lay them out. The lists of related courses and events come
 * from the whole content, which the editor does not have; a note says where they will be.
 */

const related = (t: Parameters<Render>[1]['t']) => h('p', { className: 'notice' }, t('cms.preview.relatedLater'));

/** `topic-page.astro`: name, description and image, then the related lists. */
export const topicPreview: Render = (props, { t }) => {
	const data = entryData(props);
	return h(
		'article',
		null,
		pageHeader(t('type.topic'), data.name, data.description, contentImage(props, data.image, 'page-header__image')),
		related(t),
	);
};

/** A link as `organisation-page.astro` shows a website: without the scheme, `www.` and a trailing slash. */
const website = (url: string) => h('a', { href: url }, url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''));

/** `organisation-page.astro`: kind as the eyebrow, logo, then its facts. */
export const organisationPreview: Render = (props, { t }) => {
	const data = entryData(props);
	const kind = text(data.kind) && t(`orgkind.${text(data.kind)}` as UIKey);
	const email = text(data.email);
	return h(
		'article',
		null,
		pageHeader(kind || t('type.organisation'), data.name, data.description, contentImage(props, data.logo, 'logo')),
		h(
			'section',
			{ className: 'box' },
			h('h2', null, t('detail.facts')),
			facts([
				[t('detail.kind'), kind],
				[t('detail.shortName'), text(data.short_name)],
				[t('detail.region'), text(data.region)],
				[t('detail.website'), text(data.website) && website(text(data.website)!)],
				[t('detail.email'), email && h('a', { href: `mailto:${email}` }, email)],
				[t('detail.phone'), text(data.phone)],
			]),
		),
		related(t),
	);
};

/** `Address.astro`: street, postcode and city on one line. */
const address = (data: Record<string, unknown>) => {
	const [street, postcode, city] = [text(data.address), text(data.postcode), text(data.city)];
	const town = postcode ? `${postcode} ${city ?? ''}`.trim() : city;
	const line = [street, town].filter(Boolean).join(', ');
	return line ? h('span', { className: 'address' }, line) : undefined;
};

/** `location-page.astro`: address, the organisation that runs it, facilities and coordinates. */
export const locationPreview: Render = (props, { t }) => {
	const data = entryData(props);
	const organisation = text(data.organisation);
	const geo = (data.geo ?? {}) as Record<string, unknown>;
	const hasGeo = typeof geo.lat === 'number' && typeof geo.lon === 'number';
	return h(
		'article',
		null,
		pageHeader(t('type.location'), data.name, data.description),
		h(
			'section',
			{ className: 'box' },
			h('h2', null, t('detail.facts')),
			facts([
				[t('detail.address'), address(data)],
				[t('detail.runBy'), organisation && nameOf(props, 'organisation', 'organisations', organisation)],
				[t('detail.facilities'), inlineList(list<string>(data.facilities).filter((f) => text(f)))],
				[t('detail.coordinates'), hasGeo && `${String(geo.lat)}, ${String(geo.lon)}`],
			]),
		),
		related(t),
	);
};

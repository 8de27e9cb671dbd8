import { cardDate, offerFacts } from '../components/card-text.ts';
import type { ContentIndex, EntryTypes } from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { siteRegion } from '../regions/region-filter.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import { countOf, GROUP_TITLE_KEYS, WHATS_NEW_GROUPS, whatsNew, type WhatsNew, type WhatsNewFilter } from '../whats-new/whats-new.ts';

/** One line of an item: «Når: …», «Hvor: …». */
export interface DigestFact {
	label: string;
	value: string;
}
/** One course, event, programme or news item as the digest shows it. */
export interface DigestItem {
	title: string;
	/** Absolute URL of its page. */
	url: string;
	/** Language of title and summary when it differs from the site's. */
	lang?: string;
	summary: string;
	facts: DigestFact[];
}
export interface DigestSection {
	heading: string;
	items: DigestItem[];
}
export interface DigestLink {
	label: string;
	/** Absolute URL. */
	url: string;
}

/**
 * An e-mail digest's words and links, in the site's language, with every URL absolute: the HTML
 * and the text renderer both print this, so the two versions hold the same items.
 */
export interface Digest {
	lang: SiteLanguage;
	/** The document title (`<title>`, the mail's natural subject). */
	title: string;
	/** Shown by mail clients after the subject, before the mail is opened. */
	preheader: string;
	site: DigestLink;
	heading: string;
	/** «Publisert eller oppdatert fra … til …». */
	window: string;
	/** «Region: Follo» / «Tema: Demens» when the digest is filtered. */
	scope?: string;
	sections: DigestSection[];
	/** How many items it holds. */
	count: number;
	footer: { contact: string; email: string; feedsIntro: string; feeds: DigestLink[]; siteIntro: string };
}

/** How many titles the preheader names before it is cut short by the mail client anyway. */
const PREHEADER_TITLES = 3;

/** The scope line of a filtered digest: the region's or the topic's name. */
function scopeOf<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>, filter: WhatsNewFilter): string | undefined {
	const { t } = ctx;
	const scopes = [
		filter.region && t('digest.scope.region', { name: siteRegion(ctx.site.regions, filter.region)?.name ?? filter.region }),
		filter.topic && t('digest.scope.topic', { name: index.topics.get(filter.topic)?.data.name ?? filter.topic }),
	].filter(Boolean);
	return scopes.length ? scopes.join(' · ') : undefined;
}

type AnyItem<E extends EntryTypes> = WhatsNew<E>[keyof WhatsNew<E>][number];

/** An item's lines: next date (or duration), place, organiser and registration state; a news item's date and publisher. */
function factsOf<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>, item: AnyItem<E>): DigestFact[] {
	const { t } = ctx;
	const fact = (label: string, value: string | undefined): DigestFact[] => (value ? [{ label, value }] : []);
	const organiser = (id: string) =>
		fact(t(item.kind === 'news' ? 'detail.organisation' : 'detail.organiser'), index.organisations.get(id)?.data.name ?? id);
	switch (item.kind) {
		case 'news':
			return [...fact(t('detail.published'), cardDate(ctx, item)?.text), ...organiser(item.data.organisation)];
		case 'programme':
			return [...fact(t('detail.duration'), item.data.duration), ...organiser(item.data.organiser)];
		default: {
			const { when, where, registration } = offerFacts(ctx, item, index.locations);
			return [
				...(when || item.kind === 'event' ? fact(t('detail.when'), when) : fact(t('detail.duration'), item.data.duration)),
				...fact(t('detail.where'), where),
				...organiser(item.data.organiser),
				...fact(t('registration.title'), registration),
			];
		}
	}
}

/** The non-empty groups of `selection`, in order, each item with its absolute URL and facts. */
function sectionsOf<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>, selection: WhatsNew<E>): DigestSection[] {
	return WHATS_NEW_GROUPS.filter((group) => selection[group].length > 0).map((group) => ({
		heading: ctx.t(GROUP_TITLE_KEYS[group]),
		items: (selection[group] as AnyItem<E>[]).map((item) => ({
			title: item.data.title,
			url: ctx.paths.absolute(item.href),
			lang: item.kind === 'course' ? item.lang : undefined,
			summary: item.data.summary,
			facts: factsOf(ctx, index, item),
		})),
	}));
}

/**
 * The feeds a reader of this digest would follow: a topic's or a region's feeds of new courses
 * and events (and the topic's news) when the digest is about one of them, otherwise all. Only a
 * region of `site.yaml` has feeds.
 */
function feedsOf(ctx: SiteContext, { topic, region }: WhatsNewFilter): DigestLink[] {
	const { paths, site, t } = ctx;
	const { absolute } = paths;
	const onlyTopic = topic && !region ? topic : undefined;
	const onlyRegion = region && !topic && siteRegion(site.regions, region) ? region : undefined;
	const scope = onlyTopic ? { topic: onlyTopic } : onlyRegion ? { region: onlyRegion } : undefined;
	return [
		{ label: t('nav.courses'), url: absolute(paths.offerFeed('courses', scope)) },
		{ label: t('nav.events'), url: absolute(paths.offerFeed('events', scope)) },
		{ label: t('nav.news'), url: absolute(onlyTopic ? paths.topicFeed(onlyTopic) : paths.feed) },
	];
}

/**
 * The digest of what was published or updated in the filter's window (see `whatsNew`), for the
 * site of `ctx`; `count` 0 when there is nothing to send.
 */
export function makeDigest<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>, filter: WhatsNewFilter): Digest {
	const { format, paths, site, t } = ctx;
	const { absolute } = paths;
	const selection = whatsNew(index, filter);
	const sections = sectionsOf(ctx, index, selection);
	const since = format.date(filter.since);
	const until = format.date(filter.until);
	const titles = sections.flatMap((s) => s.items.map((i) => i.title));
	const more = titles.length > PREHEADER_TITLES ? ' …' : '';
	return {
		lang: ctx.lang,
		title: t('digest.title', { site: site.name, since, until }),
		preheader: t('digest.preheader', { since, until, titles: titles.slice(0, PREHEADER_TITLES).join(' · ') + more }),
		site: { label: site.name, url: absolute(paths.home) },
		heading: t('whatsNew.title'),
		window: t('whatsNew.window', { since, until }),
		scope: scopeOf(ctx, index, filter),
		sections,
		count: countOf(selection),
		footer: {
			contact: t('digest.footer.contact'),
			email: site.contact.email,
			feedsIntro: t('digest.footer.feeds'),
			feeds: feedsOf(ctx, filter),
			siteIntro: t('digest.footer.site'),
		},
	};
}

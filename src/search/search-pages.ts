import { audiencesServed } from '../lib/audience.ts';
import { htmlToText, joinSentences } from '../lib/html-text.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';
import type { CollectionKey } from '../schemas/index.ts';
import type {
	ContentIndex,
	CourseItem,
	Entry,
	EntryData,
	EntryTypes,
	EventItem,
	NewsItem,
	ProgrammeItem,
} from '../content-layer/content-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { wordForms, type ExtraForms } from './terms/word-forms.ts';

/** What the record builders look up in a content index: names of organisations and topics, regions. */
export type SearchLookups = Pick<ContentIndex, 'organisations' | 'topics' | 'regionOf'>;

/** Names of referenced entries (the id when the entry is unknown), as filters and text show them. */
function namesOf({ organisations, topics, regionOf }: SearchLookups) {
	return {
		organisation: (id: string) => organisations.get(id)?.data.name ?? id,
		region: (id: string) => regionOf(id)?.name ?? '',
		topics: (ids: string[]) => ids.map((id) => topics.get(id)?.data.name ?? id),
	};
}

/**
 * The search record builders of every kind of page (filters, metadata, sort keys), with names
 * resolved through a content index. Without `astro:content`: `searchPages` uses them with the content
 * check's entries (the index) or the content layer's (the search page's filter totals).
 */
export function searchRecordsOf({ now, t }: SiteContext, index: SearchLookups) {
	const name = namesOf(index);
	const image = (img?: { src: string; alt: string }) => ({ image: img?.src, image_alt: img?.alt });
	/** The filters courses, events and programmes share: kind, topics, audiences, organiser and its region. */
	const offeringFilters = (type: string, data: Pick<EntryData<'courses'>, 'topics' | 'audiences' | 'organiser'>) => ({
		type: [type],
		topic: name.topics(data.topics),
		// An entry for `alle` is found under every audience (lib/audience.ts), never under an «Alle» that reads as «select all».
		audience: audiencesServed(data.audiences).map((a) => t(`audience.${a}`)),
		organiser: [name.organisation(data.organiser)],
		region: [name.region(data.organiser)],
	});

	return {
		course(item: CourseItem): SearchRecord {
			const { data } = item;
			const next = item.sessions.find((s) => s.endAt > now) ?? item.sessions.at(-1);
			return searchRecord({
				filters: { ...offeringFilters(t('type.course'), data), format: [t(`format.${data.format}`)] },
				meta: { title: data.title, date: next?.start.slice(0, 10), organiser: name.organisation(data.organiser), ...image(data.image) },
				sort: { date: next?.start },
			});
		},
		event(item: EventItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: offeringFilters(t('type.event'), data),
				meta: { title: data.title, date: data.start.slice(0, 10), organiser: name.organisation(data.organiser), ...image(data.image) },
				sort: { date: data.start },
			});
		},
		news(item: NewsItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: {
					type: [t('type.news')],
					topic: name.topics(data.topics),
					organiser: [name.organisation(data.organisation)],
					region: [name.region(data.organisation)],
				},
				meta: { title: data.title, date: data.date, organiser: name.organisation(data.organisation), ...image(data.image) },
				sort: { date: data.date },
			});
		},
		programme(item: ProgrammeItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: offeringFilters(t('type.programme'), data),
				meta: { title: data.title, organiser: name.organisation(data.organiser), ...image(data.image) },
				sort: {},
			});
		},
		topic(entry: Entry<'topics'>): SearchRecord {
			return searchRecord({
				filters: { type: [t('type.topic')], topic: [entry.data.name] },
				meta: { title: entry.data.name, ...image(entry.data.image) },
				sort: {},
			});
		},
		organisation(entry: Entry<'organisations'>): SearchRecord {
			const { data } = entry;
			return searchRecord({
				filters: { type: [t('type.organisation')], organiser: [data.name], region: [name.region(entry.id)] },
				meta: { title: data.name, ...image(data.logo) },
				sort: {},
			});
		},
		location(entry: Entry<'locations'>): SearchRecord {
			const { data } = entry;
			return searchRecord({
				filters: {
					type: [t('type.location')],
					organiser: [name.organisation(data.organisation)],
					region: [name.region(data.organisation)],
				},
				meta: { title: data.name, organiser: name.organisation(data.organisation) },
				sort: {},
			});
		},
	};
}

/** A detail page in the search index: its URL, its searchable text and its record. */
export interface SearchPage {
	url: string;
	/** The page's title: indexed as its heading, which Pagefind ranks above the text. */
	title: string;
	/** Plain text after the title: summary or description, the body, then the facts a reader searches for (kind, organiser, topics, place …). */
	content: string;
	record: SearchRecord;
	/**
	 * The extra forms each word is indexed with (`terms/`), shared by all pages of the build: its
	 * lexicon is derived from the text of all of them, once, when the first page is indexed.
	 */
	wordForms: (word: string) => ExtraForms;
}

/** Entries as the content check gives them: MDX collections with their rendered body. */
export type EntriesWithBody = { [K in CollectionKey]: Entry<K> & { html?: string } };

/**
 * Every detail page the site search finds (courses, events, news, programmes, topics,
 * organisations, locations), built from a content index of the content rather than from the built
 * HTML. Lists, the search page and `/admin/` are not in it; drafts are not when the content index
 * leaves them out.
 */
export function searchPages<E extends EntryTypes>(ctx: SiteContext, index: ContentIndex<E>): SearchPage[] {
	const { paths, t } = ctx;
	const records = searchRecordsOf(ctx, index);
	const name = namesOf(index);
	/** The body's text, for entries given with their rendered body (the content check's). */
	const body = (entry: object) => ('html' in entry && typeof entry.html === 'string' && entry.html ? htmlToText(entry.html) : undefined);
	const address = (location: Entry<'locations'>['data']) => [location.address, location.postcode, location.city].filter(Boolean).join(' ');
	/** A known location's name and address, and the free-text place. */
	const place = (location?: string, text?: string) => {
		const known = location ? index.locations.get(location)?.data : undefined;
		return [known?.name, known && address(known), text];
	};
	const organisers = (data: { organiser: string; partners: string[] }) => [data.organiser, ...data.partners].map(name.organisation);
	let formsOf: ((word: string) => ExtraForms) | undefined;
	const forms = (word: string) =>
		(formsOf ??= wordForms(
			pages.flatMap((p) => [p.title, p.content]),
			ctx.lang,
		))(word);
	const page = (url: string, title: string, pieces: (string | undefined)[], record: SearchRecord): SearchPage => ({
		url,
		title,
		content: joinSentences([...new Set(pieces)].filter((piece) => piece !== title)),
		record,
		wordForms: forms,
	});

	const pages: SearchPage[] = [
		...index.courses.map((item) => {
			const { data } = item;
			const places = data.sessions.flatMap((s) => place(s.location, s.place));
			return page(
				item.href,
				data.title,
				[
					data.summary,
					body(item.entry),
					t('type.course'),
					t(`format.${data.format}`),
					...organisers(data),
					...name.topics(data.topics),
					...places,
				],
				records.course(item),
			);
		}),
		...index.events.map((item) => {
			const { data } = item;
			const materials = data.materials.map((m) => m.title);
			const facts = [
				t('type.event'),
				t(`attendance.${data.attendance}`),
				...organisers(data),
				...name.topics(data.topics),
				...place(data.location, data.place),
				...materials,
			];
			return page(item.href, data.title, [data.summary, body(item.entry), ...facts], records.event(item));
		}),
		...index.news.map((item) => {
			const { data } = item;
			const contacts = data.contacts.map((c) => c.name);
			return page(
				item.href,
				data.title,
				[
					data.summary,
					body(item.entry),
					t('type.news'),
					name.organisation(data.organisation),
					data.author,
					...name.topics(data.topics),
					...contacts,
				],
				records.news(item),
			);
		}),
		...index.programmes.map((item) => {
			const { data } = item;
			const steps = data.steps.flatMap((s) => [s.title, s.description]);
			return page(
				item.href,
				data.title,
				[data.summary, ...steps, body(item.entry), t('type.programme'), ...organisers(data), ...name.topics(data.topics)],
				records.programme(item),
			);
		}),
		...[...index.topics.values()].map((entry) =>
			page(paths.entry('topics', entry.id), entry.data.name, [entry.data.description, t('type.topic')], records.topic(entry)),
		),
		...[...index.organisations.values()].map((entry) => {
			const { data } = entry;
			const locations = index.locationsOf(entry.id).map((l) => l.data.name);
			return page(
				paths.entry('organisations', entry.id),
				data.name,
				[data.description, t(`orgkind.${data.kind}`), data.short_name, data.region, ...locations],
				records.organisation(entry),
			);
		}),
		...[...index.locations.values()].map((entry) => {
			const { data } = entry;
			return page(
				paths.entry('locations', entry.id),
				data.name,
				[data.description, address(data), t('type.location'), name.organisation(data.organisation), ...data.facilities],
				records.location(entry),
			);
		}),
	];
	return pages;
}

import type { CollectionEntry } from 'astro:content';
import { searchRecord, type SearchRecord } from '../lib/search-record.ts';
import { type CourseItem, type EventItem, getCatalog, type NewsItem, type ProgrammeItem } from './catalog.ts';
import { now, t } from './index.ts';

/** The search records of every kind of page, with names resolved through the catalog. */
export async function searchRecords() {
	const { organisations, topics, regionOf } = await getCatalog();
	const orgName = (id: string) => organisations.get(id)?.data.name ?? id;
	const region = (id: string) => regionOf(id)?.name ?? '';
	const topicNames = (ids: string[]) => ids.map((id) => topics.get(id)?.data.name ?? id);
	const image = (img?: { src: string; alt: string }) => ({ image: img?.src, image_alt: img?.alt });

	return {
		course(item: CourseItem): SearchRecord {
			const { data } = item;
			const next = item.sessions.find((s) => s.endAt > now) ?? item.sessions.at(-1);
			return searchRecord({
				filters: {
					type: [t('type.course')],
					topic: topicNames(data.topics),
					audience: data.audiences.map((a) => t(`audience.${a}`)),
					organiser: [orgName(data.organiser)],
					format: [t(`format.${data.format}`)],
					region: [region(data.organiser)],
				},
				meta: { title: data.title, date: next?.start.slice(0, 10), organiser: orgName(data.organiser), ...image(data.image) },
				sort: { date: next?.start },
			});
		},
		event(item: EventItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: {
					type: [t('type.event')],
					topic: topicNames(data.topics),
					audience: data.audiences.map((a) => t(`audience.${a}`)),
					organiser: [orgName(data.organiser)],
					region: [region(data.organiser)],
				},
				meta: { title: data.title, date: data.start.slice(0, 10), organiser: orgName(data.organiser), ...image(data.image) },
				sort: { date: data.start },
			});
		},
		news(item: NewsItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: { type: [t('type.news')], topic: topicNames(data.topics), organiser: [orgName(data.organisation)], region: [region(data.organisation)] },
				meta: { title: data.title, date: data.date, organiser: orgName(data.organisation), ...image(data.image) },
				sort: { date: data.date },
			});
		},
		programme(item: ProgrammeItem): SearchRecord {
			const { data } = item;
			return searchRecord({
				filters: {
					type: [t('type.programme')],
					topic: topicNames(data.topics),
					audience: data.audiences.map((a) => t(`audience.${a}`)),
					organiser: [orgName(data.organiser)],
					region: [region(data.organiser)],
				},
				meta: { title: data.title, organiser: orgName(data.organiser), ...image(data.image) },
				sort: {},
			});
		},
		topic(entry: CollectionEntry<'topics'>): SearchRecord {
			return searchRecord({ filters: { type: [t('type.topic')], topic: [entry.data.name] }, meta: { title: entry.data.name, ...image(entry.data.image) }, sort: {} });
		},
		organisation(entry: CollectionEntry<'organisations'>): SearchRecord {
			const { data } = entry;
			return searchRecord({
				filters: { type: [t('type.organisation')], organiser: [data.name], region: [region(entry.id)] },
				meta: { title: data.name, ...image(data.logo) },
				sort: {},
			});
		},
		location(entry: CollectionEntry<'locations'>): SearchRecord {
			const { data } = entry;
			return searchRecord({
				filters: { type: [t('type.location')], organiser: [orgName(data.organisation)], region: [region(data.organisation)] },
				meta: { title: data.name, organiser: orgName(data.organisation) },
				sort: {},
			});
		},
	};
}

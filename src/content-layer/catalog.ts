import { type CollectionEntry, getCollection } from 'astro:content';
import type { CollectionKey } from '../schemas/index.ts';
import * as build from './catalog-build.ts';

/** The content layer's entries, as the pages get them. */
type AstroEntries = { [K in CollectionKey]: CollectionEntry<K> };
export type CourseItem = build.CourseItem<AstroEntries>;
export type EventItem = build.EventItem<AstroEntries>;
export type NewsItem = build.NewsItem<AstroEntries>;
export type ListItem = build.ListItem<AstroEntries>;
export type ProgrammeItem = build.ProgrammeItem<AstroEntries>;
export type Catalog = build.Catalog<AstroEntries>;

/** The catalog of the content layer's collections (see `catalog-build.ts`). */
async function loadCatalog(): Promise<Catalog> {
	const [organisations, topics, locations, courses, events, news, programmes] = await Promise.all([
		getCollection('organisations'),
		getCollection('topics'),
		getCollection('locations'),
		getCollection('courses'),
		getCollection('events'),
		getCollection('news'),
		getCollection('programmes'),
	]);
	return build.buildCatalog<AstroEntries>({ organisations, topics, locations, courses, events, news, programmes });
}

let cached: Promise<Catalog> | undefined;

/** Every collection with derived times, states, URLs and lookup maps; built once per build. */
export const getCatalog = (): Promise<Catalog> => (import.meta.env.DEV ? loadCatalog() : (cached ??= loadCatalog()));

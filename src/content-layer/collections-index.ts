import { type CollectionEntry, getCollection } from 'astro:content';
import type { SiteContext } from '../context/site-context.ts';
import type { CollectionKey } from '../schemas/index.ts';
import * as build from './content-index.ts';

/** The content layer's entries, as the pages get them. */
type AstroEntries = { [K in CollectionKey]: CollectionEntry<K> };
export type CourseItem = build.CourseItem<AstroEntries>;
export type EventItem = build.EventItem<AstroEntries>;
export type NewsItem = build.NewsItem<AstroEntries>;
export type ListItem = build.ListItem<AstroEntries>;
export type ProgrammeItem = build.ProgrammeItem<AstroEntries>;
export type ContentIndex = build.ContentIndex<AstroEntries>;

/** The content index of the content layer's collections (see `content-index.ts`). */
async function loadContentIndex(ctx: SiteContext): Promise<ContentIndex> {
	const [organisations, topics, locations, courses, events, news, programmes] = await Promise.all([
		getCollection('organisations'),
		getCollection('topics'),
		getCollection('locations'),
		getCollection('courses'),
		getCollection('events'),
		getCollection('news'),
		getCollection('programmes'),
	]);
	return build.buildContentIndex<AstroEntries>(ctx, { organisations, topics, locations, courses, events, news, programmes });
}

let cached: Promise<ContentIndex> | undefined;

/**
 * Every collection with derived times, states, URLs and lookup maps; built once per build (a run
 * has one context). Under `astro dev` built for every request, so edits show at once.
 */
export const getContentIndex = (ctx: SiteContext): Promise<ContentIndex> =>
	ctx.isDevServer ? loadContentIndex(ctx) : (cached ??= loadContentIndex(ctx));

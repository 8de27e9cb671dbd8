import type { z } from 'astro/zod';
import { courseSchema } from './course.ts';
import { eventSchema } from './event.ts';
import { locationSchema } from './location.ts';
import { newsSchema } from './news.ts';
import { organisationSchema } from './organisation.ts';
import { programmeSchema } from './programme.ts';
import { topicSchema } from './topic.ts';

/** How a collection is stored in the content folder. */
export interface CollectionDefinition {
	/** Folder under the content folder. */
	folder: string;
	/** `yaml` data files or `mdx` files with frontmatter and a body. */
	format: 'yaml' | 'mdx';
	/** The fields, declared once. */
	schema: z.ZodType;
}

/**
 * Every collection of the content model. The content layer, the validator, the CMS config
 * and the tests all iterate this table.
 */
export const collections = {
	organisations: { folder: 'organisations', format: 'yaml', schema: organisationSchema },
	topics: { folder: 'topics', format: 'yaml', schema: topicSchema },
	locations: { folder: 'locations', format: 'yaml', schema: locationSchema },
	courses: { folder: 'courses', format: 'mdx', schema: courseSchema },
	events: { folder: 'events', format: 'mdx', schema: eventSchema },
	news: { folder: 'news', format: 'mdx', schema: newsSchema },
	programmes: { folder: 'programmes', format: 'mdx', schema: programmeSchema },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionKey = keyof typeof collections;
export const collectionKeys = Object.keys(collections) as CollectionKey[];

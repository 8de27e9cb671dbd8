import { z } from 'astro/zod';
import { date, email, image, reference } from './values.ts';

/** A press or contact person on a news item. */
export const newsContactSchema = z.object({
	/** Full name. */
	name: z.string().min(1),
	/** Role, e.g. "Fagutviklingssykepleier". */
	role: z.string().optional(),
	/** E-mail address. */
	email: email().optional(),
	/** Phone number. */
	phone: z.string().optional(),
});

/** `news/<slug>.mdx`: a news article. The MDX body is the article text. */
export const newsSchema = z.object({
	/** Headline. */
	title: z.string().min(3).max(140),
	/** Lead paragraph (≤ 300 characters). */
	summary: z.string().min(1).max(300),
	/** Publishing organisation. */
	organisation: reference('organisations'),
	/** Byline. */
	author: z.string().optional(),
	/** Curated topics. */
	topics: z.array(reference('topics')).default([]),
	/** Press and contact block. */
	contacts: z.array(newsContactSchema).default([]),
	/** Illustration. */
	image: image().optional(),
	/** Publication date. */
	date: date(),
	/** Last substantial change. */
	updated: date().optional(),
	/** Work in progress: never built into the production site. */
	draft: z.boolean().default(false),
});
export type News = z.output<typeof newsSchema>;

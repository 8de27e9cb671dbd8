import { z } from 'astro/zod';
import { msg } from './messages.ts';
import { contact, date, image, reference, registration } from './values.ts';

/**
 * Fields that courses and events share, written once. Each content type extends this object.
 */
export const offeringFields = {
	/** Title, 3–140 characters. */
	title: z.string().min(3).max(140),
	/** Short summary for listings, meta description and search excerpts (≤ 300 characters). */
	summary: z.string().min(1).max(300),
	/** The organisation responsible. */
	organiser: reference('organisations'),
	/** Co-organising partners. */
	partners: z.array(reference('organisations')).default([]),
	/** Curated topics; at least one. */
	topics: z.array(reference('topics')).min(1, msg('validation.topicRequired')),
	/** How to sign up. */
	registration: registration().optional(),
	/** Who to ask. */
	contact: contact().optional(),
	/** Illustration. */
	image: image().optional(),
	/** Last substantial change. */
	updated: date().optional(),
	/** Work in progress: never built into the production site. */
	draft: z.boolean().default(false),
};

import { z } from 'astro/zod';
import { msg } from './messages.ts';
import { contact, date, image, reference, registration } from './values.ts';

/*
 * Fields that courses, events and programmes share, written once, in groups: the CMS form
 * follows declaration order, and each content type puts its own fields between these groups so
 * the form reads in the order its page shows them (what, who, topics, audiences, when and where,
 * sign-up, contact and image, dates, draft).
 */

/** What the offering is and who runs it: first in every form. */
export const offeringHead = {
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
};

/** How to sign up: after when and where. */
export const offeringSignUp = {
	/** How to sign up. */
	registration: registration().optional(),
};

/** Who to ask, and the illustration. */
export const offeringContact = {
	/** Who to ask. */
	contact: contact().optional(),
	/** Illustration. */
	image: image().optional(),
};

/** Bookkeeping: last in every form. */
export const offeringTail = {
	/** First publication: what the feeds of new courses and events and the digest sort by. */
	published: date().optional(),
	/** Last substantial change. */
	updated: date().optional(),
	/** Work in progress: never built into the production site. */
	draft: z.boolean().default(false),
};

import { z } from 'astro/zod';
import { SITE_LANGUAGES } from './enums.ts';
import { msg } from './messages.ts';
import { email, ordered, reference, slug, url } from './values.ts';

/** A region of the partnership, for the region picker and `/region/<slug>/`. */
export const regionSchema = z.object({
	/** Used in URLs (`?region=follo`, `/region/follo/`). */
	slug: slug(),
	/** Shown to users, e.g. `Follo`. */
	name: z.string().min(1),
});

/** `site.yaml`: one deployment of the portal. */
export const siteSchema = z.object({
	/** The portal's name, shown in the header and titles. */
	name: z.string().min(1),
	/** One line under the name on the home page. */
	tagline: z.string().optional(),
	/** UI language of the deployment. */
	language: z.enum(SITE_LANGUAGES).default('nb'),
	/** IANA time zone that every local date-time in the content is written in. */
	timezone: z
		.string()
		.default('Europe/Oslo')
		.refine((tz) => {
			try {
				new Intl.DateTimeFormat('en', { timeZone: tz });
				return true;
			} catch {
				return false;
			}
		}, msg('validation.timezone')),
	/** Absolute base URL of the public site (overridden by `KB_SITE_URL`). */
	url: url(),
	/** Slug of the curating organisation. */
	owner: reference('organisations'),
	/**
	 * The partnership's regions. Once set, an organisation's `region` must name one of them (by
	 * slug or name); organisations without a region serve every region.
	 */
	regions: z
		.array(regionSchema)
		.refine((list) => new Set(list.map((r) => r.slug)).size === list.length, msg('validation.regionSlugsUnique'))
		.default([]),
	/**
	 * What the curators put forward on the home page ("Anbefalt"), first after the title: each
	 * collection's slugs in the order shown, collections in this order. An ended course or event,
	 * or a draft, is left out (a content-check warning).
	 */
	featured: z
		.object({
			/** Courses and e-learning, in the order shown. */
			courses: ordered(z.array(reference('courses'))).optional(),
			/** Events, in the order shown (after the courses). */
			events: ordered(z.array(reference('events'))).optional(),
			/** News items, in the order shown (after the events). */
			news: ordered(z.array(reference('news'))).optional(),
			/** Programmes, in the order shown (last). */
			programmes: ordered(z.array(reference('programmes'))).optional(),
		})
		.optional(),
	/** The git host the CMS publishes to (see README, "Publishing with Decap CMS"). */
	cms: z
		.object({
			/** `github`, `gitlab` (PKCE) or `gitea`. */
			backend: z.enum(['github', 'gitlab', 'gitea']),
			/** Repository as `owner/name`. */
			repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, msg('validation.repo')),
			/** The branch the site is built from. */
			branch: z.string().min(1).default('main'),
			/** API root of a self-hosted GitLab or Gitea. */
			api_root: url().optional(),
			/** OAuth server that signs editors in (GitHub and Gitea). */
			base_url: url().optional(),
			/** GitLab OAuth application id (PKCE). */
			app_id: z.string().optional(),
		})
		.optional(),
	/** Where users reach the portal's editors. */
	contact: z.object({
		/** Editorial e-mail address. */
		email: email(),
		/** Editorial phone number. */
		phone: z.string().optional(),
	}),
});
export type SiteConfig = z.output<typeof siteSchema>;
export type Region = z.output<typeof regionSchema>;
export type FeaturedConfig = NonNullable<SiteConfig['featured']>;

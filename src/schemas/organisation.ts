import { z } from 'astro/zod';
import { ORGANISATION_KINDS } from './enums.ts';
import { email, image, url } from './values.ts';

/** `organisations/<slug>.yaml`: a partner organisation. */
export const organisationSchema = z.object({
	/** Full name. */
	name: z.string().min(2),
	/** Short name for cards and filters. */
	short_name: z.string().optional(),
	/** What kind of organisation this is. */
	kind: z.enum(ORGANISATION_KINDS),
	/** A sentence or two about the organisation. */
	description: z.string().optional(),
	/** Region the organisation belongs to (free text, e.g. `Follo`). */
	region: z.string().optional(),
	/** Public website. */
	website: url().optional(),
	/** General e-mail address for competence questions. */
	email: email().optional(),
	/** General phone number. */
	phone: z.string().optional(),
	/** Logo with alternative text. */
	logo: image().optional(),
	/** Git-host logins (GitHub, GitLab or Gitea) who edit for the organisation; never shown on the site. */
	editors: z.array(z.string().min(1)).default([]),
});
export type Organisation = z.output<typeof organisationSchema>;

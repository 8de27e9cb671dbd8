import { z } from 'astro/zod';
import { AUDIENCES } from './enums.ts';
import { msg } from './messages.ts';
import { offeringContact, offeringHead, offeringTail } from './offering.ts';
import { reference } from './values.ts';

/** One step of a programme, in the order participants take them. */
export const stepSchema = z.object({
	/** What the step is, e.g. "Grunnkurs i veiledning". */
	title: z.string().min(1),
	/** The course this step is, when it is on the site. */
	course: reference('courses').optional(),
	/** What participants do in this step (work, assignments, supervision). */
	description: z.string().optional(),
});

/** `programmes/<slug>.mdx`: a programme of several steps, often courses. The MDX body is the description. */
export const programmeSchema = z.object({
	...offeringHead,
	/** Target groups; at least one. */
	audiences: z.array(z.enum(AUDIENCES)).min(1, msg('validation.audienceRequired')),
	/** How long the programme takes, as written, e.g. `12 måneder`. */
	duration: z.string().optional(),
	/** The steps in order; at least one. */
	steps: z.array(stepSchema).min(1, msg('validation.stepRequired')),
	/** How and when participants are admitted, e.g. "Opptak hver høst; søknadsfrist 1. juni". */
	intake: z.string().optional(),
	...offeringContact,
	...offeringTail,
});
export type Programme = z.output<typeof programmeSchema>;
export type Step = z.output<typeof stepSchema>;

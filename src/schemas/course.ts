import { z } from 'astro/zod';
import { localEndAfterStart } from '../lib/time-zone.ts';
import { AUDIENCES, CONTENT_LANGUAGES, COURSE_FORMATS, COURSE_STATUSES } from './enums.ts';
import { msg } from './messages.ts';
import { offeringContact, offeringHead, offeringSignUp, offeringTail } from './offering.ts';
import { conditionallyRequired, datetime, reference, url } from './values.ts';

/** One meeting of a course. */
export const sessionSchema = z
	.object({
		/** Local start time. */
		start: datetime(),
		/** Local end time, after `start`. */
		end: datetime(),
		/** Where, as a known location. */
		location: reference('locations').optional(),
		/** Where, as free text when the place is not a known location. */
		place: z.string().optional(),
		/** Link to join online. */
		online_url: url().optional(),
	})
	.refine((s) => localEndAfterStart(s.start, s.end), { message: msg('validation.endAfterStart'), path: ['end'] });

/** `courses/<slug>.mdx`: a course or an e-learning module. The MDX body is the description. */
export const courseSchema = z
	.object({
		...offeringHead,
		/** Target groups; at least one. */
		audiences: z.array(z.enum(AUDIENCES)).min(1, msg('validation.audienceRequired')),
		/** Classroom, digital, e-learning or hybrid. */
		format: z.enum(COURSE_FORMATS),
		/** Meetings; at least one unless the course is e-learning. */
		sessions: conditionallyRequired(z.array(sessionSchema).default([])),
		/** Expected time for e-learning, e.g. `45 min`. */
		duration: z.string().optional(),
		/** Status set by the organiser. */
		status: z.enum(COURSE_STATUSES).default('open'),
		...offeringSignUp,
		/** Price in the site's currency; 0 is free. */
		price: z.number().min(0).optional(),
		/** Language of the course, when it differs from the site's. */
		language: z.enum(CONTENT_LANGUAGES).optional(),
		...offeringContact,
		...offeringTail,
	})
	.superRefine((course, ctx) => {
		if (course.format !== 'elearning' && course.sessions.length === 0) {
			ctx.addIssue({ code: 'custom', path: ['sessions'], message: msg('validation.sessionsRequired') });
		}
		const deadline = course.registration?.deadline;
		const first = course.sessions.map((s) => s.start).sort()[0];
		if (deadline && first && localEndAfterStart(first, deadline)) {
			ctx.addIssue({
				code: 'custom',
				path: ['registration', 'deadline'],
				message: msg('validation.deadlineAfterFirstSession'),
				params: { first },
			});
		}
	});
export type Course = z.output<typeof courseSchema>;
export type Session = z.output<typeof sessionSchema>;

import { z } from 'astro/zod';
import { localEndAfterStart } from '../lib/time-zone.ts';
import { ATTENDANCE_MODES, AUDIENCES } from './enums.ts';
import { msg } from './messages.ts';
import { offeringContact, offeringHead, offeringSignUp, offeringTail } from './offering.ts';
import { conditionallyRequired, datetime, reference, url } from './values.ts';

/** A slide deck, recording or report from an event. */
export const materialSchema = z.object({
	/** What it is, e.g. "Lysbilder fra innlegget". */
	title: z.string().min(1),
	/** Where to get it. */
	url: url(),
});

/** `events/<slug>.mdx`: a workshop, conference, webinar or network meeting. */
export const eventSchema = z
	.object({
		...offeringHead,
		/** Target groups. */
		audiences: z.array(z.enum(AUDIENCES)).default([]),
		/** Local start time. */
		start: datetime(),
		/** Local end time, after `start`. */
		end: datetime(),
		/** In person, online or both. */
		attendance: z.enum(ATTENDANCE_MODES),
		/** Where, as a known location (in-person/mixed). */
		location: conditionallyRequired(reference('locations').optional()),
		/** Where, as free text (in-person/mixed). */
		place: z.string().optional(),
		/** Link to join online. */
		online_url: url().optional(),
		...offeringSignUp,
		...offeringContact,
		/** Slides, recordings and reports, typically added afterwards. */
		materials: z.array(materialSchema).default([]),
		...offeringTail,
	})
	.superRefine((event, ctx) => {
		if (!localEndAfterStart(event.start, event.end)) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: msg('validation.endAfterStart') });
		}
		if (event.attendance !== 'online' && !event.location && !event.place) {
			ctx.addIssue({ code: 'custom', path: ['location'], message: msg('validation.placeRequired') });
		}
		const deadline = event.registration?.deadline;
		if (deadline && localEndAfterStart(event.start, deadline)) {
			ctx.addIssue({
				code: 'custom',
				path: ['registration', 'deadline'],
				message: msg('validation.deadlineAfterStart'),
				params: { start: event.start },
			});
		}
	});
export type Event = z.output<typeof eventSchema>;

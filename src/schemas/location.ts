import { z } from 'astro/zod';
import { reference } from './values.ts';

/** `locations/<slug>.yaml`: a place where courses and events are held. */
export const locationSchema = z.object({
	/** Name of the place, e.g. a simulation centre. */
	name: z.string().min(2),
	/** How to find it, parking, accessibility. */
	description: z.string().optional(),
	/** The organisation that runs it. */
	organisation: reference('organisations'),
	/** Street address. */
	address: z.string().min(1),
	/** Postcode. */
	postcode: z.string().optional(),
	/** City or town. */
	city: z.string().min(1),
	/** What the place offers, e.g. `simulering`, `auditorium`. */
	facilities: z.array(z.string().min(1)).default([]),
	/** Coordinates. */
	geo: z
		.object({
			/** Latitude in degrees. */
			lat: z.number().min(-90).max(90),
			/** Longitude in degrees. */
			lon: z.number().min(-180).max(180),
		})
		.optional(),
});
export type Location = z.output<typeof locationSchema>;

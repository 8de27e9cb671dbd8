import { z } from 'astro/zod';
import { image } from './values.ts';

/** `topics/<slug>.yaml`: a curated theme (tema). */
export const topicSchema = z.object({
	/** Display name. */
	name: z.string().min(2),
	/** Short introduction, at most 300 characters. */
	description: z.string().min(1).max(300),
	/** Shown on the home page. */
	featured: z.boolean().default(false),
	/** Illustration. */
	image: image().optional(),
});
export type Topic = z.output<typeof topicSchema>;

import { z } from 'astro/zod';
import { image } from './values.ts';

/** `topics/<slug>.yaml`: a curated theme (tema). */
export const topicSchema = z.object({
	/** Display name. */
	name: z.string().min(2),
	/** Short introduction, at most 300 characters. */
	description: z.string().min(1).max(300),
	/** Illustration. */
	image: image().optional(),
	/** Shown on the home page. */
	featured: z.boolean().default(false),
});
export type Topic = z.output<typeof topicSchema>;

import type { z } from 'astro/zod';

/** Dotted paths of the issues a schema reports for `data`, in order (empty when valid). */
export function issuePaths(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

/** The parsed value; throws with the issues when `data` is invalid. */
export function parseValid<T extends z.ZodType>(schema: T, data: unknown): z.output<T> {
	const result = schema.safeParse(data);
	if (!result.success) throw new Error(`expected valid, got: ${JSON.stringify(result.error.issues, null, 1)}`);
	return result.data;
}

/** `data` with `key` set (or deleted when `value` is undefined). */
export function withField(data: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
	const copy = { ...data };
	if (value === undefined) delete copy[key];
	else copy[key] = value;
	return copy;
}

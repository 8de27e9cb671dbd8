import type { z } from 'astro/zod';
import { type FieldMeta, fieldMeta } from './values.ts';

type Def = {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Removes optional/default/nullable/pipe wrappers to reach the schema that holds the shape. */
export function unwrap(schema: z.ZodType): z.ZodType {
	const def = defOf(schema);
	if (def.innerType) return unwrap(def.innerType);
	if (def.type === 'pipe' && def.in) return unwrap(def.in);
	return schema;
}

/** The fields of an object schema, in declaration order. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
	return defOf(unwrap(schema)).shape ?? {};
}

/** The element schema of an array schema, if it is one. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
	const def = defOf(unwrap(schema));
	return def.type === 'array' ? def.element : undefined;
}

export type FieldPath = (string | number)[];

/**
 * Visits every value in `data` whose schema declares a field kind (reference, datetime …),
 * following the schema's objects and arrays.
 */
export function walkKinds(
	schema: z.ZodType,
	data: unknown,
	visit: (meta: FieldMeta, value: unknown, path: FieldPath) => void,
	path: FieldPath = [],
): void {
	if (data === undefined || data === null) return;
	const meta = fieldMeta(schema);
	if (meta) {
		visit(meta, data, path);
		if (meta.kind !== 'image') return;
	}
	const element = elementOf(schema);
	if (element && Array.isArray(data)) {
		data.forEach((item, i) => walkKinds(element, item, visit, [...path, i]));
		return;
	}
	const shape = shapeOf(schema);
	if (typeof data === 'object') {
		for (const [key, child] of Object.entries(shape)) {
			walkKinds(child, (data as Record<string, unknown>)[key], visit, [...path, key]);
		}
	}
}

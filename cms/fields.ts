import type { z } from 'astro/zod';
import { collections, type CollectionKey } from '../src/schemas/index.ts';
import { fieldMeta, isConditionallyRequired } from '../src/schemas/values.ts';
import { elementOf, shapeOf, unwrap } from '../src/schemas/walk.ts';

/** A Decap CMS field (the subset of its config this project generates). */
export interface DecapField {
	name: string;
	label: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	multiple?: boolean;
	fields?: DecapField[];
	field?: DecapField;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	format?: string;
	date_format?: string | boolean;
	time_format?: string | boolean;
	picker_utc?: boolean;
	value_type?: 'int' | 'float';
	min?: number;
	max?: number;
	min_items?: number;
	collapsed?: boolean;
	summary?: string;
	choose_url?: boolean;
}

/** Labels and hints in the site's language, and labels for enum values. */
export interface FieldText {
	label(name: string): string;
	hint(name: string, rule: Rule): string | undefined;
	option(field: string, value: string): string;
}

/** A validation rule carried over to the CMS, with a hint built from it. */
export type Rule =
	{ kind: 'length'; min?: number; max?: number } | { kind: 'datetime' | 'date' | 'url' | 'email' | 'slug' | 'conditional' };

type Def = {
	type: string;
	defaultValue?: unknown;
	entries?: Record<string, string>;
	checks?: { _zod: { def: Record<string, unknown> } }[];
	innerType?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** Optional when wrapped in optional or default (a default is filled in by the schema). */
function optionality(schema: z.ZodType): { required: boolean; defaultValue?: unknown } {
	let current: z.ZodType | undefined = schema;
	let required = true;
	let defaultValue: unknown;
	while (current) {
		const def = defOf(current);
		if (def.type === 'optional') required = false;
		if (def.type === 'default') {
			required = false;
			defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
		}
		current = def.innerType;
	}
	return { required, defaultValue };
}

/**
 * Decap's `required` for a field: `required: false` shows "(optional)". A field a cross-field rule
 * requires in some entries is not called optional; its hint says when it is needed and the CMS
 * validation (cms/validation/) enforces the rule per entry.
 */
function requiredness(name: string, schema: z.ZodType, required: boolean, text: FieldText): Pick<DecapField, 'required' | 'hint'> {
	if (isConditionallyRequired(schema)) return { hint: text.hint(name, { kind: 'conditional' }) };
	return required ? {} : { required: false };
}

/** Length limits of a string or array schema. */
function lengthOf(schema: z.ZodType): { min?: number; max?: number } {
	const out: { min?: number; max?: number } = {};
	for (const check of defOf(unwrap(schema)).checks ?? []) {
		const def = check._zod.def;
		if (def.check === 'min_length') out.min = def.minimum as number;
		if (def.check === 'max_length') out.max = def.maximum as number;
	}
	return out;
}

const PATTERNS: Record<string, string> = {
	datetime: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?$',
	date: '^\\d{4}-\\d{2}-\\d{2}$',
	url: '^https?://\\S+$',
	email: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
	slug: '^[a-z0-9]+(-[a-z0-9]+)*$',
};

/** Maps one schema field to the Decap field that edits it. */
export function toDecapField(name: string, schema: z.ZodType, text: FieldText): DecapField {
	const { required, defaultValue } = optionality(schema);
	const base: DecapField = { name, label: text.label(name), widget: 'string', ...requiredness(name, schema, required, text) };
	if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base.default = defaultValue;
	const withRule = (field: DecapField, rule: Rule): DecapField => {
		const hint = text.hint(name, rule);
		const pattern = rule.kind === 'length' ? lengthPattern(rule) : PATTERNS[rule.kind];
		return { ...field, ...(hint && { hint }), ...(pattern && hint && { pattern: [pattern, hint] }) };
	};

	const meta = fieldMeta(schema);
	switch (meta?.kind) {
		case 'datetime':
			return withRule(
				{ ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm', picker_utc: false },
				{ kind: 'datetime' },
			);
		case 'date':
			return withRule(
				{ ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: false },
				{ kind: 'date' },
			);
		case 'url':
			return withRule(base, { kind: 'url' });
		case 'email':
			return withRule(base, { kind: 'email' });
		case 'slug':
			return withRule(base, { kind: 'slug' });
		case 'reference':
			return relation(base, meta.collection!, false);
		case 'image':
			return {
				...base,
				widget: 'object',
				collapsed: false,
				fields: childFields(
					required,
					objectFields(schema, text).map((f) => (f.name === 'src' ? { ...f, widget: 'image', choose_url: true } : f)),
				),
			};
	}

	const inner = unwrap(schema);
	const def = defOf(inner);
	switch (def.type) {
		case 'string': {
			const length = lengthOf(inner);
			const widget = (length.max ?? 0) > 140 || name === 'description' ? 'text' : 'string';
			return length.min !== undefined || length.max !== undefined
				? withRule({ ...base, widget }, { kind: 'length', ...length })
				: { ...base, widget };
		}
		case 'number':
			return { ...base, widget: 'number', value_type: isInt(inner) ? 'int' : 'float' };
		case 'boolean':
			return { ...base, widget: 'boolean' };
		case 'enum':
			return { ...base, widget: 'select', options: enumOptions(name, inner, text) };
		case 'object':
			return { ...base, widget: 'object', fields: childFields(required, objectFields(schema, text)) };
		case 'array':
			return arrayField(base, schema, text);
	}
	throw new Error(`cms: ingen CMS-widget for feltet ${name} (zod-type ${def.type})`);
}

/**
 * Decap demands required subfields and writes subfield defaults even when an optional object is
 * left empty, which blocks saving or writes a half object (`image: { alt: "" }`). Inside an
 * optional object every subfield is therefore optional and without default (the schema still
 * checks and fills them in).
 */
function childFields(required: boolean, fields: DecapField[]): DecapField[] {
	if (required) return fields;
	return fields.map(({ default: _default, ...field }) => ({ ...field, required: false }));
}

function lengthPattern({ min, max }: { min?: number; max?: number }): string {
	return `^[\\s\\S]{${min ?? 0},${max ?? ''}}$`;
}

const isInt = (schema: z.ZodType) =>
	(defOf(schema).checks ?? []).some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format');

function enumOptions(name: string, schema: z.ZodType, text: FieldText) {
	return Object.values(defOf(schema).entries ?? {}).map((value) => ({ label: text.option(name, value), value }));
}

/** A reference: pick by name (title for MDX collections), store the slug. */
function relation(base: DecapField, collection: string, multiple: boolean): DecapField {
	const shown = collections[collection as CollectionKey]?.format === 'mdx' ? 'title' : 'name';
	return {
		...base,
		widget: 'relation',
		collection,
		value_field: '{{slug}}',
		search_fields: [shown],
		display_fields: [shown],
		...(multiple && { multiple: true }),
	};
}

/** The fields of an object schema, in declaration order. */
export function objectFields(schema: z.ZodType, text: FieldText): DecapField[] {
	return Object.entries(shapeOf(schema)).map(([key, child]) => toDecapField(key, child, text));
}

function arrayField(base: DecapField, schema: z.ZodType, text: FieldText): DecapField {
	const element = elementOf(schema)!;
	const { min } = lengthOf(schema);
	const minItems = min ? { min_items: min, required: true } : {};
	const meta = fieldMeta(element);
	if (meta?.kind === 'reference') return { ...relation(base, meta.collection!, true), ...minItems };
	const def = defOf(unwrap(element));
	if (def.type === 'enum')
		return { ...base, widget: 'select', multiple: true, options: enumOptions(base.name, unwrap(element), text), ...minItems };
	if (def.type === 'object') {
		const fields = objectFields(element, text);
		return { ...base, widget: 'list', collapsed: false, summary: `{{fields.${fields[0].name}}}`, fields, ...minItems };
	}
	return { ...base, widget: 'list', field: toDecapField(base.name, element, text), ...minItems };
}

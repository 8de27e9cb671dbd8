import type { z } from 'astro/zod';
import { collections, type CollectionKey } from '../src/schemas/index.ts';
import { fieldMeta, isConditionallyRequired, isOrdered } from '../src/schemas/values.ts';
import { elementOf, shapeOf, unwrap } from '../src/schemas/walk.ts';

/** A Decap CMS field (the subset of its config this project generates). */
export interface DecapField {
	name: string;
	label: string;
	/** Lists: one item's name, in Decap's "Add …" button and item count ("1 samling"). */
	label_singular?: string;
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
	/** A field's label; `path` (field names from the collection down) finds a label of that collection's own. */
	label(name: string, path?: string[]): string;
	/** A list field's item name, when it has one. */
	singular(name: string): string | undefined;
	/** What the field at `path` (field names from the collection down) means, then the rule's hint. */
	hint(path: string[], rule?: Rule): string | undefined;
	/** The rule's own hint: the message when a value breaks it. */
	ruleHint(rule: Rule): string | undefined;
	/** How to order an ordered list (`ordered()` in the schema). */
	orderHint(): string;
	option(field: string, value: string): string;
}

/** A validation rule carried over to the CMS, with a hint built from it. */
export type Rule = { kind: 'length'; min?: number; max?: number } | { kind: 'datetime' | 'date' | 'url' | 'email' | 'slug' };

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

/** Maps one schema field to the Decap field that edits it; `parent` is the path of the object it is in. */
export function toDecapField(name: string, schema: z.ZodType, text: FieldText, parent: string[] = []): DecapField {
	const path = [...parent, name];
	const { required, defaultValue } = optionality(schema);
	const meaning = text.hint(path);
	const base: DecapField = {
		name,
		label: text.label(name, path),
		widget: 'string',
		// A field a cross-field rule requires in some entries is not called optional (its hint says
		// when it is needed; cms/validation/ enforces the rule per entry).
		...(required || isConditionallyRequired(schema) ? {} : { required: false }),
		...(meaning && { hint: meaning }),
	};
	if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0)) base.default = defaultValue;
	const withRule = (field: DecapField, rule: Rule): DecapField => {
		const hint = text.hint(path, rule);
		const message = text.ruleHint(rule);
		const pattern = rule.kind === 'length' ? lengthPattern(rule) : PATTERNS[rule.kind];
		return { ...field, ...(hint && { hint }), ...(pattern && message && { pattern: [pattern, message] }) };
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
					objectFields(schema, text, path).map((f) => (f.name === 'src' ? { ...f, widget: 'image', choose_url: true } : f)),
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
			return { ...base, widget: 'object', fields: childFields(required, objectFields(schema, text, path)) };
		case 'array':
			return arrayField(base, schema, text, path);
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

const parentOf = (path: string[]) => path.slice(0, -1);

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

/** The fields of an object schema, in declaration order; `parent` is the object's path. */
export function objectFields(schema: z.ZodType, text: FieldText, parent: string[] = []): DecapField[] {
	return Object.entries(shapeOf(schema)).map(([key, child]) => toDecapField(key, child, text, parent));
}

function arrayField(base: DecapField, schema: z.ZodType, text: FieldText, path: string[]): DecapField {
	const element = elementOf(schema)!;
	const { min } = lengthOf(schema);
	const minItems = min ? { min_items: min, required: true } : {};
	const meta = fieldMeta(element);
	if (meta?.kind === 'reference' && isOrdered(schema)) return orderedRelations(base, meta.collection!, text, minItems);
	if (meta?.kind === 'reference') return { ...relation(base, meta.collection!, true), ...minItems };
	const def = defOf(unwrap(element));
	if (def.type === 'enum')
		return { ...base, widget: 'select', multiple: true, options: enumOptions(base.name, unwrap(element), text), ...minItems };
	const singular = text.singular(base.name);
	const list = { ...base, widget: 'list', ...(singular && { label_singular: singular }) };
	if (def.type === 'object') {
		const fields = objectFields(element, text, path);
		return { ...list, collapsed: false, summary: `{{fields.${fields[0].name}}}`, fields, ...minItems };
	}
	// The item's own field carries no hint of its own: the list's hint says it once.
	const { hint: _hint, ...item } = toDecapField(base.name, element, text, parentOf(path));
	// A collapsed item shows its value, not the list's label again.
	const summary = `{{fields.${base.name}}}`;
	return { ...list, summary, field: { ...item, ...(item.pattern && { hint: item.pattern[1] }) }, ...minItems };
}

/**
 * An ordered list of references (`ordered()`): a list of single pickers, one per item, that the
 * editor drags into order. Decap's relation widget with `multiple: true` can be reordered too, by
 * dragging its chips, but it cuts titles at 300 px and lays them out in a row that wraps; a list
 * shows the order top to bottom, each title whole. Items stay open (not collapsed): a collapsed
 * item would show the slug, not the title.
 */
function orderedRelations(base: DecapField, collection: string, text: FieldText, minItems: object): DecapField {
	const singular = text.singular(base.name);
	const hint = [base.hint, text.orderHint()].filter(Boolean).join(' ');
	const { hint: _hint, required: _required, ...item } = relation({ ...base, label: singular ?? base.label }, collection, false);
	return {
		...base,
		hint,
		widget: 'list',
		...(singular && { label_singular: singular }),
		collapsed: false,
		summary: `{{fields.${base.name}}}`,
		field: item,
		...minItems,
	};
}

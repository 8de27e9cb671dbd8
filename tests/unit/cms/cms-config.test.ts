import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, HIDDEN_FIELDS } from '../../../cms/config.ts';
import type { DecapField } from '../../../cms/fields.ts';
import { collectionKeys, collections } from '../../../src/schemas/index.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { fieldMeta, isConditionallyRequired, isOrdered } from '../../../src/schemas/values.ts';
import { elementOf, shapeOf, unwrap } from '../../../src/schemas/walk.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';

const site = loadSiteConfig(minimalFixture);
const config = cmsConfig({ site, contentDir: `${projectRoot}content`, root: projectRoot });

/** The widget a field of this schema must have, read from the schema independently of cms/fields.ts. */
function expectedWidget(schema: z.ZodType): string {
	const kind = fieldMeta(schema)?.kind;
	if (kind === 'datetime' || kind === 'date') return 'datetime';
	if (kind === 'reference') return 'relation';
	if (kind === 'image') return 'object';
	if (kind) return 'string';
	const inner = unwrap(schema);
	if (inner instanceof z.ZodBoolean) return 'boolean';
	if (inner instanceof z.ZodNumber) return 'number';
	if (inner instanceof z.ZodEnum) return 'select';
	if (inner instanceof z.ZodObject) return 'object';
	if (inner instanceof z.ZodArray) {
		const element = elementOf(inner)!;
		// An ordered list of references is a list of single pickers (drag to reorder).
		if (fieldMeta(element)?.kind === 'reference') return isOrdered(inner) || isOrdered(schema) ? 'list' : 'relation';
		return unwrap(element) instanceof z.ZodEnum ? 'select' : 'list';
	}
	return 'string|text';
}

/** Required, or required by a cross-field rule in some entries (never shown as optional). */
const isRequired = (schema: z.ZodType) => !schema.safeParse(undefined).success || isConditionallyRequired(schema);

/** Compares a schema object with CMS fields, recursively; returns every mismatch as text. */
function drift(schema: z.ZodType, fields: DecapField[], path: string, optionalParent = false): string[] {
	const shape = shapeOf(schema);
	const problems: string[] = [];
	const names = fields.map((f) => f.name);
	for (const name of Object.keys(shape)) if (!names.includes(name)) problems.push(`${path}${name}: missing in the CMS`);
	for (const name of names) if (!(name in shape)) problems.push(`${path}${name}: in the CMS but not in the schema`);
	for (const field of fields.filter((f) => f.name in shape)) {
		const child = shape[field.name];
		const at = `${path}${field.name}`;
		// An image's file is picked with Decap's image widget; hidden fields keep their value unseen.
		const expected =
			fieldMeta(schema)?.kind === 'image' && field.name === 'src'
				? 'image'
				: path.split('.').length === 2 && HIDDEN_FIELDS.has(field.name)
					? 'hidden'
					: expectedWidget(child);
		if (!expected.split('|').includes(field.widget)) problems.push(`${at}: widget ${field.widget}, expected ${expected}`);
		// Decap would demand the subfields of an optional object left empty: they are optional there.
		const required = isRequired(child) && !optionalParent;
		if ((field.required !== false) !== required)
			problems.push(`${at}: required ${field.required !== false} in the CMS, ${required} expected from the schema`);
		const values = unwrap(elementOf(child) ?? child);
		if (values instanceof z.ZodEnum && !fieldMeta(child)) {
			expect
				.soft(
					field.options?.map((o) => o.value),
					at,
				)
				.toEqual(values.options);
		}
		if (field.fields) problems.push(...drift(elementOf(child) ?? child, field.fields, `${at}.`, !elementOf(child) && !isRequired(child)));
	}
	return problems;
}

describe('the CMS config and the schemas (drift)', () => {
	it.each(collectionKeys)('%s: every field on both sides, same widget kind, required-ness and options', (key) => {
		const collection = config.collections.find((c) => c.name === key) as { fields: DecapField[] };
		const fields = collection.fields.filter((f) => f.name !== 'body');
		expect(drift(collections[key].schema, fields, `${key}.`)).toEqual([]);
	});

	it('site.yaml: the settings file has every field of the site schema', () => {
		const settings = config.collections.find((c) => c.name === 'settings') as { files: { fields: DecapField[] }[] };
		expect(drift(siteSchema, settings.files[0].fields, 'site.')).toEqual([]);
	});

	it('site.yaml: featured is one ordered list of single relation pickers per collection, labelled for the home page', () => {
		const settings = config.collections.find((c) => c.name === 'settings') as { files: { fields: DecapField[] }[] };
		const featured = settings.files[0].fields.find((f) => f.name === 'featured')!;
		expect(featured).toMatchObject({ widget: 'object', required: false, label: 'Anbefalt på forsiden' });
		expect(featured.hint).toContain('«Anbefalt»');
		expect(featured.fields!.map((f) => f.name)).toEqual(['courses', 'events', 'news', 'programmes']);
		for (const list of featured.fields!) {
			expect(list, list.name).toMatchObject({ widget: 'list', required: false, collapsed: false });
			expect(list.hint, list.name).toMatch(/dra i håndtaket/);
			expect(list.field, list.name).toMatchObject({ widget: 'relation', collection: list.name, value_field: '{{slug}}' });
			expect(list.field!.multiple, list.name).toBeUndefined();
		}
		expect(featured.fields![0]).toMatchObject({ label: 'Kurs og e-læring', label_singular: 'Kurs' });
		// Elsewhere a list of references stays one multi-select (order does not matter there).
		const courses = config.collections.find((c) => c.name === 'courses') as { fields: DecapField[] };
		expect(courses.fields.find((f) => f.name === 'topics')).toMatchObject({ widget: 'relation', multiple: true });
		// A topic's own `featured` keeps its label.
		const topics = config.collections.find((c) => c.name === 'topics') as { fields: DecapField[] };
		expect(topics.fields.find((f) => f.name === 'featured')?.label).toBe('Vis på forsiden');
	});

	it('detects a field added to the schema only', () => {
		const extended = collections.courses.schema instanceof z.ZodObject ? collections.courses.schema : unwrap(collections.courses.schema);
		const withExtra = (extended as z.ZodObject).extend({ extra_field: z.string() });
		const courses = config.collections.find((c) => c.name === 'courses') as { fields: DecapField[] };
		expect(
			drift(
				withExtra,
				courses.fields.filter((f) => f.name !== 'body'),
				'',
			),
		).toContain('extra_field: missing in the CMS');
	});

	it('gives MDX collections a markdown body and folders under the content folder', () => {
		for (const key of collectionKeys) {
			const c = config.collections.find((x) => x.name === key) as { folder: string; extension: string; fields: DecapField[] };
			expect(c.folder).toBe(`content/${collections[key].folder}`);
			const body = c.fields.find((f) => f.name === 'body');
			expect(body?.widget).toBe(collections[key].format === 'mdx' ? 'markdown' : undefined);
		}
	});

	it('stores local date-times exactly as YYYY-MM-DDTHH:mm and dates as YYYY-MM-DD', () => {
		const courses = config.collections.find((c) => c.name === 'courses') as { fields: DecapField[] };
		const sessions = courses.fields.find((f) => f.name === 'sessions')!;
		const start = sessions.fields!.find((f) => f.name === 'start')!;
		expect(start).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false });
		expect(courses.fields.find((f) => f.name === 'published')).toMatchObject({ format: 'YYYY-MM-DD', time_format: false });
	});

	it('picks references by name and stores the slug', () => {
		const courses = config.collections.find((c) => c.name === 'courses') as { fields: DecapField[] };
		expect(courses.fields.find((f) => f.name === 'organiser')).toMatchObject({
			widget: 'relation',
			collection: 'organisations',
			value_field: '{{slug}}',
			search_fields: ['name'],
		});
		expect(courses.fields.find((f) => f.name === 'topics')).toMatchObject({ widget: 'relation', multiple: true, min_items: 1 });
	});

	it('is Norwegian, reviewed, local-backend-free in production, with uploads under public/uploads', () => {
		expect(config).toMatchObject({
			locale: 'nb_no',
			publish_mode: 'editorial_workflow',
			media_folder: 'public/uploads',
			public_folder: '/uploads',
		});
		expect(config).not.toHaveProperty('local_backend');
		expect(
			cmsConfig({ site, contentDir: `${projectRoot}content`, root: projectRoot, localBackend: 'http://localhost:8081/api/v1' })
				.local_backend,
		).toEqual({ url: 'http://localhost:8081/api/v1' });
		const labels = config.collections.flatMap((c) => ('fields' in c ? c.fields : [])).map((f) => f.label);
		expect(labels.filter((label) => label.startsWith('cms.field.'))).toEqual([]);
	});

	it('carries length limits over with a Norwegian hint', () => {
		const courses = config.collections.find((c) => c.name === 'courses') as { fields: DecapField[] };
		const title = courses.fields.find((f) => f.name === 'title')!;
		expect(title.pattern?.[1]).toBe('3–140 tegn.');
		expect(new RegExp(title.pattern![0]).test('Ab')).toBe(false);
		expect(new RegExp(title.pattern![0]).test('Demens')).toBe(true);
	});
});

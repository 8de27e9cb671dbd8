import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { cmsConfig } from '../../../cms/config.ts';
import type { DecapField } from '../../../cms/fields.ts';
import { tables } from '../../../src/i18n/index.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { SITE_LANGUAGES, type SiteLanguage } from '../../../src/schemas/enums.ts';
import { collectionKeys, collections, type CollectionKey } from '../../../src/schemas/index.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { elementOf, shapeOf } from '../../../src/schemas/walk.ts';
import { makeContentDir, removeContentDir } from '../../utils/content-dir.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';

// The form editors see: labels and hints in the site's language, list item names, the hidden
// `draft` field, and the list views (filters, groups, sorting) generated from the content folder.
const site = loadSiteConfig(minimalFixture);
const configFor = (language: SiteLanguage, contentDir = `${projectRoot}content`) =>
	cmsConfig({ site: { ...site, language }, contentDir, root: projectRoot });
type Collection = ReturnType<typeof configFor>['collections'][number] & Record<string, unknown>;
const collectionOf = (config: ReturnType<typeof configFor>, key: CollectionKey) =>
	config.collections.find((c) => c.name === key) as Collection & { fields: DecapField[] };
const fieldOf = (config: ReturnType<typeof configFor>, key: CollectionKey, name: string) =>
	collectionOf(config, key).fields.find((f) => f.name === name);

/** Every field name the schemas declare, at any depth, read from the schemas themselves. */
function schemaFieldNames(schema: z.ZodType, names = new Set<string>()): Set<string> {
	for (const [name, child] of Object.entries(shapeOf(schema))) {
		names.add(name);
		schemaFieldNames(elementOf(child) ?? child, names);
	}
	return names;
}
const allFieldNames = [
	...[...collectionKeys.map((key) => collections[key].schema), siteSchema].reduce(
		(names, schema) => schemaFieldNames(schema, names),
		new Set<string>(),
	),
];

/** Fields whose meaning is not obvious from the label (the tester's list and its kin): each needs a hint. */
const NEEDS_HINT = [
	'organiser',
	'organisation',
	'partners',
	'topics',
	'audiences',
	'location',
	'place',
	'duration',
	'status',
	'summary',
	'image',
	'format',
	'attendance',
	'sessions',
	'registration',
	'updated',
	'price',
	'region',
];

describe('labels for every field the schemas declare', () => {
	it.each(SITE_LANGUAGES)(
		'%s: a label of its own for each of the schemas’ field names (a collection’s name for a field named for it)',
		(lang) => {
			const table = tables[lang] as Record<string, string>;
			const missing = allFieldNames.filter((name) => !(table[`cms.field.${name}`] ?? table[`cms.collection.${name}`])?.trim());
			expect(allFieldNames.length).toBeGreaterThan(50);
			expect(missing).toEqual([]);
		},
	);
});

describe.each(SITE_LANGUAGES)('the form of a %s site', (lang) => {
	const config = configFor(lang);
	const table = tables[lang];

	it('gives every field that needs one a hint, in the site language', () => {
		const missing: string[] = [];
		for (const key of collectionKeys)
			for (const field of collectionOf(config, key).fields)
				if (NEEDS_HINT.includes(field.name) && !field.hint?.trim()) missing.push(`${key}.${field.name}`);
		expect(missing).toEqual([]);
		expect(fieldOf(config, 'courses', 'organiser')?.hint).toBe(table['cms.hint.field.organiser']);
	});

	it('tells "Sted" from "Sted (fritekst)", and a course’s duration from a programme’s', () => {
		const event = (name: string) => fieldOf(config, 'events', name)?.hint;
		// An event's location also says when one of the two is required (it is not marked optional).
		expect(event('location')).toBe(table['cms.hint.events.location']);
		expect(fieldOf(config, 'courses', 'sessions')?.fields?.find((f) => f.name === 'location')?.hint).toBe(table['cms.hint.field.location']);
		expect(event('place')).toBe(table['cms.hint.field.place']);
		expect(event('location')).not.toBe(event('place'));
		const sessionPlace = fieldOf(config, 'courses', 'sessions')?.fields?.find((f) => f.name === 'place');
		expect(sessionPlace?.hint).toBe(table['cms.hint.field.place']);
		expect(fieldOf(config, 'courses', 'duration')?.hint).toBe(table['cms.hint.courses.duration']);
		expect(fieldOf(config, 'programmes', 'duration')?.hint).toBe(table['cms.hint.programmes.duration']);
	});

	it('gives a shared name the meaning of where it is: site settings, an event’s deadline', () => {
		const settings = config.collections.find((c) => c.name === 'settings') as { files: { fields: DecapField[] }[] };
		const site = (name: string) => settings.files[0].fields.find((f) => f.name === name)?.hint;
		expect(site('language')).toBe(table['cms.hint.settings.language']);
		expect(fieldOf(config, 'courses', 'language')?.hint).toBe(table['cms.hint.field.language']);
		expect(site('contact')).toBe(table['cms.hint.settings.contact']);
		const deadline = (key: CollectionKey) => fieldOf(config, key, 'registration')?.fields?.find((f) => f.name === 'deadline')?.hint;
		expect(deadline('events')).toContain(table['cms.hint.events.registration.deadline']);
		expect(deadline('courses')).toContain(table['cms.hint.field.deadline']);
	});

	it('puts the meaning first and the rule after it; the rule alone is the error message', () => {
		const summary = fieldOf(config, 'courses', 'summary')!;
		expect(summary.pattern?.[1]).toMatch(/300/);
		expect(summary.hint).toBe(`${table['cms.hint.field.summary']} ${summary.pattern![1]}`);
		const online = fieldOf(config, 'events', 'online_url')!;
		expect(online.hint).toBe(`${table['cms.hint.field.online_url']} ${table['cms.hint.url']}`);
	});

	it('names one item of every list, for "Add …" and the item count', () => {
		const lists = collectionKeys.flatMap((key) => collectionOf(config, key).fields.filter((f) => f.widget === 'list'));
		expect(lists.map((f) => f.name).sort()).toEqual(['contacts', 'editors', 'facilities', 'materials', 'sessions', 'steps']);
		for (const list of lists) expect(list.label_singular, list.name).toBe(table[`cms.singular.field.${list.name}` as keyof typeof table]);
	});

	it('hides `draft` (the workflow status is the editor’s draft) and keeps its default', () => {
		for (const key of ['courses', 'events', 'news', 'programmes'] as const) {
			expect(fieldOf(config, key, 'draft'), key).toMatchObject({ widget: 'hidden', default: false });
			expect(fieldOf(config, key, 'draft')).not.toHaveProperty('hint');
		}
	});
});

describe('list views: filters, groups, newest first', () => {
	const config = configFor('nb');
	const t = tables.nb;

	it('filters courses by each organisation of the content folder (by name) and by status', () => {
		const courses = collectionOf(config, 'courses') as Collection & { view_filters: { label: string; field: string; pattern: string }[] };
		const byOrganiser = courses.view_filters.filter((f) => f.field === 'organiser');
		expect(byOrganiser).toContainEqual({ label: 'Arrangør: Nordre Follo kommune', field: 'organiser', pattern: '^nordre-follo-kommune$' });
		expect(byOrganiser).toHaveLength(16);
		const nordreFollo = new RegExp(byOrganiser.find((f) => f.label.endsWith('Nordre Follo kommune'))!.pattern);
		expect(['nordre-follo-kommune', 'nordre-follo-kommune-2', 'x-nordre-follo-kommune'].map((v) => nordreFollo.test(v))).toEqual([
			true,
			false,
			false,
		]);
		expect(courses.view_filters).toContainEqual({
			label: `${t['cms.field.status']}: ${t['cms.status.full']}`,
			field: 'status',
			pattern: '^full$',
		});
	});

	it('filters news and locations by their `organisation`, organisations by kind', () => {
		for (const key of ['news', 'locations'] as const) {
			const filters = collectionOf(config, key).view_filters as { field: string }[];
			expect(
				filters.filter((f) => f.field === 'organisation'),
				key,
			).toHaveLength(16);
		}
		const organisations = collectionOf(config, 'organisations').view_filters as { field: string }[];
		expect(organisations.map((f) => f.field)).toEqual(Array(7).fill('kind'));
	});

	it('regenerates the filters from the content folder: a new organisation gets one', () => {
		const dir = makeContentDir({ files: { 'organisations/ny-kommune.yaml': 'name: Ny kommune\nkind: municipality\n' } });
		try {
			const events = collectionOf(configFor('nb', dir), 'events').view_filters as { label: string; pattern: string }[];
			expect(events).toContainEqual({ label: 'Arrangør: Ny kommune', field: 'organiser', pattern: '^ny-kommune$' });
		} finally {
			removeContentDir(dir);
		}
	});

	it('groups by organiser and by year, shows the organiser on cards and sorts newest first', () => {
		const news = collectionOf(config, 'news');
		expect(news.view_groups).toEqual([
			{ label: t['cms.field.organisation'], field: 'organisation' },
			{ label: t['cms.view.year'], field: 'date', pattern: '^\\d{4}' },
		]);
		expect(news.summary).toBe('{{title}} · {{organisation}}');
		expect(collectionOf(config, 'courses').summary).toBe('{{title}} · {{organiser}}');
		const defaults = (key: CollectionKey) =>
			(collectionOf(config, key).sortable_fields as { field: string; default_sort?: string }[]).filter((f) => f.default_sort);
		expect(defaults('news')).toEqual([{ field: 'date', default_sort: 'desc' }]);
		expect(defaults('events')).toEqual([{ field: 'start', default_sort: 'desc' }]);
		expect(defaults('courses')).toEqual([{ field: 'commit_date', label: t['cms.view.changed'], default_sort: 'desc' }]);
		expect(defaults('topics')).toEqual([{ field: 'name', default_sort: 'asc' }]);
	});

	it('sorts and filters only by fields the collection has (Decap drops unknown ones silently)', () => {
		for (const key of collectionKeys) {
			const c = collectionOf(config, key);
			const names = new Set(['commit_date', ...c.fields.map((f) => f.name)]);
			const used = [
				...((c.sortable_fields as { field: string }[]) ?? []),
				...((c.view_filters as { field: string }[]) ?? []),
				...((c.view_groups as { field: string }[]) ?? []),
			].map((f) => f.field);
			expect(
				used.filter((field) => !names.has(field)),
				key,
			).toEqual([]);
		}
	});
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { findRegion } from '../lib/region-filter.ts';
import { compileBodyCached } from '../mdx/cache.ts';
import { type CollectionKey, collectionKeys, collections } from '../schemas/index.ts';
import { type SiteConfig, siteSchema } from '../schemas/site.ts';
import { SLUG_PATTERN } from '../schemas/values.ts';
import { walkKinds, type FieldPath } from '../schemas/walk.ts';
import { localToInstant, NonexistentLocalTimeError } from '../site/time.ts';
import type { Problem } from './problem.ts';
import { readSource, type SourceFile } from './source.ts';

/** A valid entry, as the site will see it. */
export interface ValidEntry {
	id: string;
	source: SourceFile;
	data: Record<string, unknown>;
	/** Rendered body HTML (MDX collections). */
	html?: string;
}

export interface ValidationResult {
	site?: SiteConfig;
	entries: Record<CollectionKey, ValidEntry[]>;
	problems: Problem[];
}

const norwegianLocale = z.locales.no().localeError;
/** Norwegian messages; a missing field says so plainly instead of naming types. */
const norwegian: z.core.$ZodErrorMap = (issue) =>
	issue.code === 'invalid_type' && issue.input === undefined ? 'mangler (påkrevd felt)' : norwegianLocale(issue);
const EXTENSIONS = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] } as const;

const valueAt = (data: unknown, path: FieldPath) =>
	path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined), data);

/** Files of one collection folder that are not ignored (`_` and `.` prefixes are). */
export function listCollectionFiles(contentDir: string, key: CollectionKey): string[] {
	const folder = join(contentDir, collections[key].folder);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => !name.startsWith('_') && !name.startsWith('.'))
		.sort();
}

/** The slug of a file name, or undefined when the name breaks the rule. */
export function slugOf(name: string, key: CollectionKey): string | undefined {
	const ext = EXTENSIONS[collections[key].format].find((e) => name.endsWith(e));
	const base = ext ? name.slice(0, -ext.length) : undefined;
	return base && SLUG_PATTERN.test(base) ? base : undefined;
}

/** Parses one file against a schema and turns zod issues into problems with lines. */
function parseWith(schema: z.ZodType, source: SourceFile, problems: Problem[]) {
	for (const e of source.syntaxErrors) problems.push({ file: source.file, line: e.line, field: '', message: e.message, severity: 'error' });
	if (source.syntaxErrors.length) return undefined;
	const result = schema.safeParse(source.data, { error: norwegian });
	if (result.success) return result.data as Record<string, unknown>;
	for (const issue of result.error.issues) {
		const path = issue.path as FieldPath;
		problems.push({
			file: source.file,
			line: source.lineOf(path),
			field: path.join('.'),
			message: issue.message,
			value: valueAt(source.data, path),
			severity: 'error',
		});
	}
	return undefined;
}

/**
 * Validates a whole content folder against the content model: YAML syntax, file names,
 * every schema rule, references across collections, DST gaps in the site's time zone and
 * the MDX body restrictions, that images under `/uploads/…` exist in `publicDir`, and that
 * organisations name one of the site's regions once `site.yaml` lists them.
 * Nothing is written; the result says what is wrong, where.
 */
export function validateContent(contentDir: string, { publicDir = join(process.cwd(), 'public') }: { publicDir?: string } = {}): ValidationResult {
	const problems: Problem[] = [];
	const entries = Object.fromEntries(collectionKeys.map((k) => [k, []])) as unknown as Record<CollectionKey, ValidEntry[]>;
	const sitePath = join(contentDir, 'site.yaml');
	let site: SiteConfig | undefined;
	let siteSource: SourceFile | undefined;
	if (!existsSync(contentDir)) {
		problems.push({ file: contentDir, field: '', message: 'innholdsmappen finnes ikke', severity: 'error' });
		return { entries, problems };
	}
	if (existsSync(sitePath)) {
		siteSource = readSource(sitePath, 'site.yaml');
		site = parseWith(siteSchema, siteSource, problems) as SiteConfig | undefined;
	} else {
		problems.push({ file: 'site.yaml', field: '', message: 'site.yaml mangler i innholdsmappen', severity: 'error' });
	}

	const slugs = Object.fromEntries(collectionKeys.map((k) => [k, new Set<string>()])) as Record<CollectionKey, Set<string>>;
	for (const key of collectionKeys) {
		const def = collections[key];
		for (const name of listCollectionFiles(contentDir, key)) {
			const file = `${def.folder}/${name}`;
			const id = slugOf(name, key);
			if (!id) {
				const wanted = EXTENSIONS[def.format].join(' eller ');
				const message = EXTENSIONS[def.format].some((e) => name.endsWith(e))
					? 'filnavnet må bare ha små bokstaver a–z, tall og bindestrek (æ→ae, ø→o, å→a)'
					: `ukjent filtype; filer i ${def.folder}/ må slutte på ${wanted}`;
				problems.push({ file, field: '', message, value: name, severity: 'error' });
				continue;
			}
			slugs[key].add(id);
			const source = readSource(join(contentDir, file), file);
			const data = parseWith(def.schema, source, problems);
			let html: string | undefined;
			if (source.body !== undefined) {
				const compiled = compileBodyCached(source.path, source.body);
				for (const p of compiled.problems) {
					problems.push({ file, line: source.bodyLine + p.line - 1, field: 'body', message: p.message, severity: 'error' });
				}
				html = compiled.html;
			}
			if (data) entries[key].push({ id, source, data, html });
		}
	}

	const checkKinds = (schema: z.ZodType, data: unknown, source: SourceFile) =>
		walkKinds(schema, data, (meta, value, path) => {
			const at = { file: source.file, line: source.lineOf(path), field: path.join('.'), value, severity: 'error' as const };
			if (meta.kind === 'reference' && meta.collection && meta.collection in slugs && !slugs[meta.collection as CollectionKey].has(value as string)) {
				problems.push({ ...at, message: `finnes ikke i ${meta.collection}/ (ukjent referanse)` });
			}
			const src = meta.kind === 'image' ? (value as { src?: string }).src : undefined;
			if (src?.startsWith('/') && !existsSync(join(publicDir, decodeURI(src)))) {
				problems.push({ ...at, field: [...path, 'src'].join('.'), line: source.lineOf([...path, 'src']), value: src, message: `bildefilen finnes ikke i public${src}` });
			}
			if (meta.kind === 'datetime' && site) {
				try {
					localToInstant(value as string, site.timezone);
				} catch (error) {
					if (!(error instanceof NonexistentLocalTimeError)) throw error;
					problems.push({ ...at, message: `klokkeslettet finnes ikke i ${site.timezone} (hoppes over ved overgang til sommertid)` });
				}
			}
		});
	if (site && siteSource) checkKinds(siteSchema, site, siteSource);
	for (const key of collectionKeys) {
		for (const entry of entries[key]) checkKinds(collections[key].schema, entry.data, entry.source);
	}
	const regions = site?.regions ?? [];
	for (const { data, source } of regions.length ? entries.organisations : []) {
		const region = data.region as string | undefined;
		if (region === undefined || findRegion(regions, region)) continue;
		const message = `er ikke en av regionene i site.yaml (${regions.map((r) => r.name).join(', ')})`;
		problems.push({ file: source.file, line: source.lineOf(['region']), field: 'region', value: region, message, severity: 'error' });
	}
	return { site, entries, problems };
}

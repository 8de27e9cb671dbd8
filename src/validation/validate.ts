import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { compileBody } from '../mdx/body.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import { type CollectionKey, collectionKeys, collections } from '../schemas/index.ts';
import { type SiteConfig, siteSchema } from '../schemas/site.ts';
import { SLUG_PATTERN } from '../schemas/values.ts';
import { walkKinds, type FieldPath } from '../schemas/walk.ts';
import { checkEntry } from './entry-check.ts';
import type { Problem } from './problem.ts';
import { readSource, type SourceFile, siteLanguage } from './source.ts';

/** A valid entry, as the site will see it. */
export interface ValidEntry {
	id: string;
	/** Path relative to the content folder. */
	file: string;
	/** `mtime:size` of the file when it was read (tells whether the entry is still current). */
	stamp: string;
	/** The schema's output for the file's data. */
	data: Record<string, unknown>;
	/** MDX source of the body (MDX collections). */
	body?: string;
	/** Rendered body HTML (MDX collections). */
	html?: string;
	/** A field's line in the file; only when the file was validated in this process. */
	lineOf?: (path: FieldPath) => number | undefined;
}

export interface ValidationResult {
	site?: SiteConfig;
	/** The site's language, which the problems are worded in (`nb` when `site.yaml` does not say). */
	lang: SiteLanguage;
	entries: Record<CollectionKey, ValidEntry[]>;
	problems: Problem[];
	/** A field's line in `site.yaml` (for warnings about its fields, e.g. `featured`). */
	siteLineOf?: (path: FieldPath) => number | undefined;
}

/**
 * Where `siteContext` leaves the lines of `site.yaml` for `collectResults`: apart from the file
 * context, which goes to worker processes (functions do not cross processes).
 */
export interface SiteLines {
	lineOf?: (path: FieldPath) => number | undefined;
}

/** A reference to another entry, and the problem to report when that entry does not exist. */
export interface Reference {
	collection: CollectionKey;
	id: string;
	problem: Problem;
}

/** What checking one file gives: its entry when valid, its problems, the references to resolve. */
export interface CheckedFile {
	key: CollectionKey;
	/** Absolute path. */
	path: string;
	entry?: ValidEntry;
	problems: Problem[];
	references: Reference[];
}

/** What checking a single file needs to know besides the file. */
export interface FileContext {
	contentDir: string;
	publicDir: string;
	/** `site.yaml`, when valid: its time zone and regions are checked against. */
	site?: SiteConfig;
	/** Language of the messages, when `site.yaml` is not valid but names one; else the site's (or `nb`). */
	lang?: SiteLanguage;
	/** Keep `lineOf` on entries (functions do not cross processes). */
	keepLines?: boolean;
}

const EXTENSIONS = { yaml: ['.yaml', '.yml'], mdx: ['.mdx'] } as const;

/** The language problems are worded in. */
const languageOf = (ctx: FileContext): SiteLanguage => ctx.site?.language ?? ctx.lang ?? 'nb';

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

/**
 * Checks a file's data with `checkEntry` (the schema and every rule that needs only the entry
 * and `site.yaml`) and turns its issues into problems with lines.
 */
function parseWith(key: CollectionKey | 'site', source: SourceFile, site: SiteConfig | undefined, t: Translate, problems: Problem[]) {
	for (const e of source.syntaxErrors) problems.push({ file: source.file, line: e.line, field: '', message: e.message, severity: 'error' });
	if (source.syntaxErrors.length) return undefined;
	const { data, issues } = checkEntry(key, source.data, { site, t });
	for (const { path, message } of issues) {
		problems.push({
			file: source.file,
			line: source.lineOf(path),
			field: path.join('.'),
			message,
			value: valueAt(source.data, path),
			severity: 'error',
		});
	}
	return data;
}

/** `mtime:size` of a file: what the content loader compares to reuse a validated entry. */
export const fileStamp = (path: string) => {
	const { mtimeMs, size } = statSync(path);
	return `${mtimeMs}:${size}`;
};

/**
 * Checks one content file against everything that does not need the other files: file name,
 * YAML, the entry's own rules (`checkEntry`: schema, DST gaps, region), MDX body and images
 * under `/uploads/…`. References are returned to be resolved once every file is known.
 */
export function checkFile(ctx: FileContext, key: CollectionKey, name: string): CheckedFile {
	const def = collections[key];
	const file = `${def.folder}/${name}`;
	const path = join(ctx.contentDir, file);
	const problems: Problem[] = [];
	const references: Reference[] = [];
	const result: CheckedFile = { key, path, problems, references };
	const t = useTranslations(languageOf(ctx));
	const id = slugOf(name, key);
	if (!id) {
		const extensions = EXTENSIONS[def.format].join(` ${t('validation.or')} `);
		const message = EXTENSIONS[def.format].some((e) => name.endsWith(e))
			? t('validation.fileName')
			: t('validation.fileType', { folder: def.folder, extensions });
		problems.push({ file, field: '', message, value: name, severity: 'error' });
		return result;
	}
	const stamp = fileStamp(path);
	const source = readSource(path, file, t);
	const data = parseWith(key, source, ctx.site, t, problems);
	let html: string | undefined;
	if (source.body !== undefined) {
		const compiled = compileBody(source.body, t);
		for (const p of compiled.problems) {
			problems.push({ file, line: source.bodyLine + p.line - 1, field: 'body', message: p.message, severity: 'error' });
		}
		html = compiled.html;
	}
	if (!data) return result;
	checkKinds(ctx, t, def.schema, data, source, problems, references);
	result.entry = { id, file, stamp, data, body: source.body, html, lineOf: ctx.keepLines ? source.lineOf : undefined };
	return result;
}

/** Field-kind checks that need more than the entry: references (collected) and image files. */
function checkKinds(
	ctx: FileContext,
	t: Translate,
	schema: z.ZodType,
	data: unknown,
	source: SourceFile,
	problems: Problem[],
	references: Reference[],
) {
	const { publicDir } = ctx;
	walkKinds(schema, data, (meta, value, path) => {
		const at = () => ({ file: source.file, line: source.lineOf(path), field: path.join('.'), value, severity: 'error' as const });
		if (meta.kind === 'reference' && meta.collection && (collectionKeys as readonly string[]).includes(meta.collection)) {
			references.push({
				collection: meta.collection as CollectionKey,
				id: value as string,
				problem: { ...at(), message: t('validation.unknownReference', { collection: meta.collection }) },
			});
		}
		const src = meta.kind === 'image' ? (value as { src?: string }).src : undefined;
		if (src?.startsWith('/') && !existsSync(join(publicDir, decodeURI(src)))) {
			problems.push({
				...at(),
				field: [...path, 'src'].join('.'),
				line: source.lineOf([...path, 'src']),
				value: src,
				message: t('validation.imageMissing', { src }),
			});
		}
	});
}

/** The files to check: every collection's files that are not ignored. */
export function contentFiles(contentDir: string): { key: CollectionKey; name: string }[] {
	return collectionKeys.flatMap((key) => listCollectionFiles(contentDir, key).map((name) => ({ key, name })));
}

/**
 * Reads `site.yaml` and makes the context files are checked in. Problems of `site.yaml` itself
 * go to `problems`, its references to other entries to `references`.
 */
export function siteContext(
	contentDir: string,
	publicDir: string,
	problems: Problem[],
	references: Reference[],
	lines: SiteLines = {},
): FileContext {
	const sitePath = join(contentDir, 'site.yaml');
	if (!existsSync(sitePath)) {
		problems.push({ file: 'site.yaml', field: '', message: useTranslations('nb')('validation.siteMissing'), severity: 'error' });
		return { contentDir, publicDir };
	}
	const lang = siteLanguage(sitePath);
	const t = useTranslations(lang);
	const source = readSource(sitePath, 'site.yaml', t);
	const site = parseWith('site', source, undefined, t, problems) as SiteConfig | undefined;
	lines.lineOf = source.lineOf;
	const ctx = { contentDir, publicDir, site, lang };
	if (site) checkKinds(ctx, t, siteSchema, site, source, problems, references);
	return ctx;
}

/** Puts checked files together: entries per collection, and references resolved across them. */
export function collectResults(
	ctx: FileContext,
	checked: CheckedFile[],
	problems: Problem[],
	references: Reference[],
	lines: SiteLines = {},
): ValidationResult {
	const entries = Object.fromEntries(collectionKeys.map((k) => [k, []])) as unknown as Record<CollectionKey, ValidEntry[]>;
	const ids = Object.fromEntries(collectionKeys.map((k) => [k, new Set<string>()])) as Record<CollectionKey, Set<string>>;
	for (const { key, path } of checked) {
		const id = slugOf(path.slice(path.lastIndexOf('/') + 1), key);
		if (id) ids[key].add(id);
	}
	for (const result of checked) {
		problems.push(...result.problems);
		if (result.entry) entries[result.key].push(result.entry);
	}
	for (const ref of [...references, ...checked.flatMap((result) => result.references)]) {
		if (!ids[ref.collection].has(ref.id)) problems.push(ref.problem);
	}
	return { site: ctx.site, lang: languageOf(ctx), entries, problems, siteLineOf: lines.lineOf };
}

/**
 * Validates a whole content folder against the content model in this process: YAML syntax,
 * file names, every schema rule, references across collections, DST gaps in the site's time
 * zone, the MDX body restrictions, that images under `/uploads/…` exist in `publicDir`, and
 * that organisations name one of the site's regions once `site.yaml` lists them.
 * Nothing is written; the result says what is wrong, where (entries keep `lineOf`).
 * `validateContentInParallel` does the same work in worker processes.
 */
export function validateContent(
	contentDir: string,
	{ publicDir = join(process.cwd(), 'public') }: { publicDir?: string } = {},
): ValidationResult {
	if (!existsSync(contentDir)) return missingFolder(contentDir);
	const problems: Problem[] = [];
	const references: Reference[] = [];
	const lines: SiteLines = {};
	const ctx = { ...siteContext(contentDir, publicDir, problems, references, lines), keepLines: true };
	const checked = contentFiles(contentDir).map(({ key, name }) => checkFile(ctx, key, name));
	return collectResults(ctx, checked, problems, references, lines);
}

/** The result for a content folder that does not exist. */
export function missingFolder(contentDir: string): ValidationResult {
	const entries = Object.fromEntries(collectionKeys.map((k) => [k, []])) as unknown as Record<CollectionKey, ValidEntry[]>;
	const message = useTranslations('nb')('validation.folderMissing');
	return { lang: 'nb', entries, problems: [{ file: contentDir, field: '', message, severity: 'error' }] };
}

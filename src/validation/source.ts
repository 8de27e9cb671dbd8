import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { SITE_LANGUAGES, type SiteLanguage } from '../schemas/enums.ts';
import type { FieldPath } from '../schemas/walk.ts';

/** A content file read from disk: its data, its body and a way to find a field's line. */
export interface SourceFile {
	/** Path relative to the content folder. */
	file: string;
	/** Absolute path. */
	path: string;
	/** Parsed YAML (data file or frontmatter). */
	data: unknown;
	/** MDX body, for `.mdx` files. */
	body?: string;
	/** Line of the file where the body starts (1-based). */
	bodyLine: number;
	/** Line of a field (the nearest existing parent when the field is missing). */
	lineOf: (path: FieldPath) => number | undefined;
	/** Syntax errors, with lines. */
	syntaxErrors: { line: number; message: string }[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

function locate(doc: Document, counter: LineCounter, offset: number) {
	return (path: FieldPath): number | undefined => {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
			const start = (node as { range?: [number, number, number] } | null)?.range?.[0];
			if (start !== undefined) return counter.linePos(start).line + offset;
		}
		return undefined;
	};
}

/** Reads a YAML data file or an MDX file with YAML frontmatter; `t` words its syntax errors. */
export function readSource(path: string, file: string, t: Translate = useTranslations('nb')): SourceFile {
	const text = readFileSync(path, 'utf8');
	const isMdx = file.endsWith('.mdx');
	const match = isMdx ? FRONTMATTER.exec(text) : null;
	const yamlText = isMdx ? (match?.[1] ?? '') : text;
	const offset = isMdx ? 1 : 0;
	const counter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
	const syntaxErrors = doc.errors.map((e) => ({
		line: counter.linePos(e.pos[0]).line + offset,
		message: t('validation.yamlSyntax', { detail: e.message.split('\n')[0] }),
	}));
	if (isMdx && !match) syntaxErrors.push({ line: 1, message: t('validation.frontmatterMissing') });
	const bodyStart = match ? match[0].length : 0;
	return {
		file,
		path,
		data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}),
		body: isMdx ? text.slice(bodyStart) : undefined,
		bodyLine: text.slice(0, bodyStart).split('\n').length,
		lineOf: locate(doc, counter, offset),
		syntaxErrors,
	};
}

/**
 * The `language:` line of a `site.yaml`, read from the text so that the problems of a file that
 * is not valid YAML or not a valid site are worded in its language too; `nb` when there is none.
 */
export function siteLanguage(path: string): SiteLanguage {
	const text = readFileSync(path, 'utf8');
	const value = /^language:[ \t]*["']?([a-z]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
	return SITE_LANGUAGES.find((lang) => lang === value) ?? 'nb';
}

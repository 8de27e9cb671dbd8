import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { siteLanguageOfText } from '../i18n/site-language.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import type { FieldPath } from '../schemas/walk.ts';

/** A content file's text parsed: its data, its body and a way to find a field's line. */
export interface ParsedSource {
	/** Path relative to the content folder (its ending tells YAML from MDX). */
	file: string;
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

/** A content file read from disk. */
export interface SourceFile extends ParsedSource {
	/** Absolute path. */
	path: string;
}

/**
 * MDX frontmatter: from a first line `---` to the next line that is `---` alone (trailing blanks
 * allowed). A `---` inside a line (a YAML value such as `title: A --- B`) does not end it.
 */
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

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

/**
 * Parses the text of a YAML data file or of an MDX file with YAML frontmatter (by the ending of
 * `file`); `t` words its syntax errors. Pure: every reader of content files (the content check,
 * the rights check, the CMS config) goes through this one, so they agree on what a file holds.
 */
export function parseSourceText(file: string, text: string, t: Translate = useTranslations('nb')): ParsedSource {
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
		data: syntaxErrors.length ? undefined : (doc.toJS() ?? {}),
		body: isMdx ? text.slice(bodyStart) : undefined,
		bodyLine: text.slice(0, bodyStart).split('\n').length,
		lineOf: locate(doc, counter, offset),
		syntaxErrors,
	};
}

/** Reads a YAML data file or an MDX file with YAML frontmatter from disk; see `parseSourceText`. */
export function readSource(path: string, file: string, t: Translate = useTranslations('nb')): SourceFile {
	return { ...parseSourceText(file, readFileSync(path, 'utf8'), t), path };
}

/** The language of the `site.yaml` at `path` (see `siteLanguageOfText`). */
export const siteLanguage = (path: string): SiteLanguage => siteLanguageOfText(readFileSync(path, 'utf8'));

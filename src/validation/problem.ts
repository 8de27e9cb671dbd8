import { type Translate, useTranslations } from '../i18n/index.ts';

/** One thing wrong (or worth a look) in a content file. */
export interface Problem {
	/** Path relative to the content folder, e.g. `courses/demens.mdx`. */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** Dotted field path, e.g. `sessions.0.end`; empty for the file as a whole. */
	field: string;
	/** What is wrong and what to do, in the site's language. */
	message: string;
	/** The offending value, where there is one. */
	value?: unknown;
	severity: 'error' | 'warning';
}

const show = (value: unknown) => (typeof value === 'string' ? `«${value}»` : JSON.stringify(value));

const bokmal = useTranslations('nb');

/** `courses/x.mdx:12: sessions.0.end: slutt må være etter start (verdi: «…»)`; `t` gives the word for "value". */
export function formatProblem(p: Problem, t: Translate = bokmal): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` ${p.field}:` : '';
	const value = p.value === undefined || typeof p.value === 'object' ? '' : ` (${t('validation.report.value')}: ${show(p.value)})`;
	return `${where}:${field} ${p.message}${value}`;
}

/** A report grouped by file, with a summary line, in the language of `t`. */
export function formatReport(problems: Problem[], t: Translate = bokmal): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const lines = [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
		.map((p) => `${t(p.severity === 'error' ? 'validation.report.error' : 'validation.report.warning')}  ${formatProblem(p, t)}`);
	lines.push(t('validation.report.summary', { errors, warnings }));
	return lines.join('\n');
}

/** One thing wrong (or worth a look) in a content file. */
export interface Problem {
	/** Path relative to the content folder, e.g. `courses/demens.mdx`. */
	file: string;
	/** 1-based line in the file, where known. */
	line?: number;
	/** Dotted field path, e.g. `sessions.0.end`; empty for the file as a whole. */
	field: string;
	/** What is wrong and what to do, in Norwegian. */
	message: string;
	/** The offending value, where there is one. */
	value?: unknown;
	severity: 'error' | 'warning';
}

const show = (value: unknown) => (typeof value === 'string' ? `«${value}»` : JSON.stringify(value));

/** `courses/x.mdx:12: sessions.0.end: slutt må være etter start (verdi: «…»)` */
export function formatProblem(p: Problem): string {
	const where = p.line ? `${p.file}:${p.line}` : p.file;
	const field = p.field ? ` ${p.field}:` : '';
	const value = p.value === undefined || typeof p.value === 'object' ? '' : ` (verdi: ${show(p.value)})`;
	return `${where}:${field} ${p.message}${value}`;
}

/** A report grouped by file, with a summary line. */
export function formatReport(problems: Problem[]): string {
	const errors = problems.filter((p) => p.severity === 'error').length;
	const warnings = problems.length - errors;
	const lines = [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))
		.map((p) => `${p.severity === 'error' ? 'feil' : 'advarsel'}  ${formatProblem(p)}`);
	lines.push(`${errors} feil, ${warnings} advarsler`);
	return lines.join('\n');
}

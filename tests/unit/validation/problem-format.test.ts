import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport, type Problem } from '../../../src/validation/problem.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
	file: 'courses/palliasjon-grunnkurs.mdx',
	field: 'sessions.0.end',
	message: 'slutt må være etter start',
	severity: 'error',
	...overrides,
});

describe('formatProblem', () => {
	it('writes file:line: field: message (value)', () => {
		expect(formatProblem(problem({ line: 10, value: '2027-05-19T08:00' }))).toBe(
			'courses/palliasjon-grunnkurs.mdx:10: sessions.0.end: slutt må være etter start (verdi: «2027-05-19T08:00»)',
		);
	});
	it('leaves out what it does not know', () => {
		expect(formatProblem(problem({}))).toBe('courses/palliasjon-grunnkurs.mdx: sessions.0.end: slutt må være etter start');
		expect(formatProblem(problem({ field: '', line: 1, message: 'mangler frontmatter' }))).toBe(
			'courses/palliasjon-grunnkurs.mdx:1: mangler frontmatter',
		);
	});
	it('shows numbers and booleans as JSON and leaves out objects and lists', () => {
		expect(formatProblem(problem({ field: 'price', message: 'må være 0 eller mer', value: -5 }))).toMatch(/\(verdi: -5\)$/);
		expect(formatProblem(problem({ field: 'draft', message: 'må være true eller false', value: false }))).toMatch(/\(verdi: false\)$/);
		expect(formatProblem(problem({ field: 'image', value: { src: '/x.jpg' } }))).not.toContain('verdi');
		expect(formatProblem(problem({ field: 'topics', value: ['a'] }))).not.toContain('verdi');
	});
});

describe('formatReport', () => {
	it('sorts by file and line, labels severities and counts them', () => {
		const report = formatReport([
			problem({ file: 'news/b.mdx', line: 3, field: 'date', message: 'mangler' }),
			problem({ file: 'courses/a.mdx', line: 12, severity: 'warning', field: 'summary', message: 'lang' }),
			problem({ file: 'courses/a.mdx', line: 4, field: 'organiser', message: 'ukjent' }),
		]);
		expect(report.split('\n')).toEqual([
			'feil  courses/a.mdx:4: organiser: ukjent',
			'advarsel  courses/a.mdx:12: summary: lang',
			'feil  news/b.mdx:3: date: mangler',
			'2 feil, 1 advarsler',
		]);
	});
	it('an empty report is just the summary', () => {
		expect(formatReport([])).toBe('0 feil, 0 advarsler');
	});
	it('does not reorder the caller’s list', () => {
		const list = [problem({ file: 'z.yaml' }), problem({ file: 'a.yaml' })];
		formatReport(list);
		expect(list.map((p) => p.file)).toEqual(['z.yaml', 'a.yaml']);
	});
});

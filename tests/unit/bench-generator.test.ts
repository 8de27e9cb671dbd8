import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, slugify, supportCounts } from '../../bench/generate.ts';
import { contentIndexOfValidation } from '../../src/content-layer/validated-index.ts';
import { leavingTimes, splitPages } from '../../src/search/archive.ts';
import { searchPages } from '../../src/search/search-pages.ts';
import { formatReport } from '../../src/validation/problem.ts';
import { testContext } from '../utils/site-context.ts';
import { validateContent } from '../../src/validation/validate.ts';

// The benchmark's synthetic content must be valid content: the build refuses anything else.
const root = mkdtempSync(join(tmpdir(), 'kb-bench-gen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const N = 60;
const dir = join(root, 'a');
const generated = generateContent({ dir, entries: N });

describe('the benchmark content generator', () => {
	it('writes a folder that validates with zero errors', () => {
		const { problems } = validateContent(dir);
		expect(formatReport(problems.filter((p) => p.severity === 'error'))).toBe('0 feil, 0 advarsler');
	});

	it('writes N entries in the proportions 45 / 20 / 35 %, with organisations, topics and locations', () => {
		const { entries } = validateContent(dir);
		expect(entries.courses.length + entries.events.length + entries.news.length).toBe(N);
		expect(entries.courses).toHaveLength(Math.round(N * 0.45));
		expect(entries.events).toHaveLength(Math.round(N * 0.2));
		expect(entries.news).toHaveLength(N - Math.round(N * 0.45) - Math.round(N * 0.2));
		expect(entries.organisations).toHaveLength(supportCounts(N).organisations);
		expect(entries.topics).toHaveLength(supportCounts(N).topics);
		expect(entries.locations).toHaveLength(supportCounts(N).locations);
		expect(generated.counts.courses).toBe(entries.courses.length);
	});

	it('has upcoming and past courses, e-learning and Norwegian bodies of realistic length', () => {
		const { entries } = validateContent(dir);
		const courses = entries.courses.map((e) => e.data as { format: string; sessions: { start: string }[] });
		expect(courses.some((c) => c.format === 'elearning')).toBe(true);
		const starts = courses.flatMap((c) => c.sessions.map((s) => s.start));
		expect(starts.some((s) => s > '2027-01-15')).toBe(true);
		expect(starts.some((s) => s < '2027-01-15')).toBe(true);
		const bodies = [...entries.courses, ...entries.events, ...entries.news].map((e) => e.body ?? '');
		const average = bodies.reduce((n, b) => n + b.length, 0) / bodies.length;
		expect(average).toBeGreaterThan(600);
		expect(average).toBeLessThan(4000);
		expect(bodies.join(' ')).toMatch(/[æøå]/);
	});

	it('contains the words the benchmark searches for', () => {
		const text = ['courses', 'events', 'news']
			.flatMap((f) => readdirSync(join(dir, f)).map((name) => readFileSync(join(dir, f, name), 'utf8')))
			.join('\n')
			.toLowerCase();
		for (const query of generated.queries) expect(text, query).toContain(query);
	});

	it('is deterministic: the same options give the same files', () => {
		const again = join(root, 'b');
		generateContent({ dir: again, entries: N });
		const files = (d: string) =>
			['courses', 'events', 'news', 'organisations'].flatMap((f) =>
				readdirSync(join(d, f)).map((name) => `${f}/${name}:${readFileSync(join(d, f, name), 'utf8')}`),
			);
		expect(files(again)).toEqual(files(dir));
	});

	it('writes slugs by the content model rule', () => {
		expect(slugify('Sår og sårbehandling for øvede – Ærlig talt')).toBe('sar-og-sarbehandling-for-ovede-aerlig-talt');
		expect(slugify('Grünerløkka')).toBe('grunerlokka');
	});

	it('with `current`, writes exactly that many current entries by the search’s archive rule, the rest past', () => {
		const currentDir = join(root, 'current');
		const made = generateContent({ dir: currentDir, entries: 200, current: 40 });
		expect(made.counts.current).toBe(40);
		const validation = validateContent(currentDir);
		expect(formatReport(validation.problems.filter((p) => p.severity === 'error'))).toBe('0 feil, 0 advarsler');
		const ctx = testContext({ contentDir: currentDir });
		const index = contentIndexOfValidation(ctx, validation);
		const pages = searchPages(ctx, index);
		const { current, archive } = splitPages(pages, leavingTimes(ctx, index), ctx.now);
		const entryPage = /^\/(kurs|arrangementer|nyheter)\//;
		expect(current.filter((p) => entryPage.test(p.url))).toHaveLength(40);
		expect(archive.filter((p) => entryPage.test(p.url)).length).toBe(index.courses.length + index.events.length + index.news.length - 40);
		// Past dates reach back years, not just days: the oldest past item is over a year old.
		const oldest = Math.min(...index.courses.filter((c) => c.past).map((c) => c.span.end!.getTime()));
		expect(ctx.now.getTime() - oldest).toBeGreaterThan(365 * 86_400_000);
		expect(() => generateContent({ dir: join(root, 'bad'), entries: 10, current: 11 })).toThrow(/current/);
	});
});

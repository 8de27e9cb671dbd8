import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { validateContentInParallel } from '../../src/validation/parallel.ts';
import { validateContent, type ValidationResult } from '../../src/validation/validate.ts';

// Enough files that the work really goes to worker processes (below 400 files it stays in this
// one): 420 entries and their organisations, topics and places are 478 files, more than 200 of
// them courses. A build test, not a unit test: it starts two Node processes that each load the
// validator and validates the set twice, 16 s on two cores at load 12 (21 s with 600 entries).
const root = mkdtempSync(join(tmpdir(), 'kb-parallel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = join(root, 'content');
generateContent({ dir, entries: 420, mix: { courses: 0.6, events: 0.2, news: 0.2 } });

/** Rewrites the last file of a collection folder; returns its path relative to the content folder. */
function breakLast(folder: string, change: (text: string) => string): string {
	const name = readdirSync(join(dir, folder)).sort().at(-1)!;
	const path = join(dir, folder, name);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
	return `${folder}/${name}`;
}
// A body with an import is found in a worker; a missing organisation only once every file is known.
const badBody = breakLast('news', (text) => `${text}\nimport X from './x.js'\n`);
const badReference = breakLast('events', (text) => text.replace(/^organiser: .*$/m, 'organiser: finnes-ikke'));

const entriesOf = (result: ValidationResult) =>
	Object.values(result.entries)
		.flat()
		.map(({ lineOf: _, ...entry }) => entry);

describe('validating in worker processes', () => {
	it('gives the same entries and problems, with lines, as validating in this process', async () => {
		const parallel = await validateContentInParallel(dir, { maxWorkers: 2 });
		const serial = validateContent(dir);
		expect(parallel.problems).toEqual(serial.problems);
		expect(parallel.problems.map((p) => [p.file, p.field])).toEqual([
			[badBody, 'body'],
			[badReference, 'organiser'],
		]);
		expect(parallel.problems.every((p) => p.line! > 1)).toBe(true);
		expect(entriesOf(parallel)).toEqual(entriesOf(serial));
		expect(parallel.entries.news.length + parallel.entries.courses.length).toBe(serial.entries.news.length + serial.entries.courses.length);
		expect(parallel.entries.courses.length).toBeGreaterThan(200);
	});
});

import { existsSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/validation/problem.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { brokenCases, brokenContentDir, caseFolder } from '../../utils/broken.ts';
import { removeContentDir } from '../../utils/content-dir.ts';
import { brokenFixtures, minimalFixture, sampleContent } from '../../utils/paths.ts';

describe('valid content', () => {
	it('the minimal fixture has no problems', () => {
		const { problems } = validateContent(minimalFixture);
		expect(formatReport(problems)).toBe('0 feil, 0 advarsler');
	});

	it('the minimal fixture loads every entry (drafts included, `_` files ignored)', () => {
		const { entries, site } = validateContent(minimalFixture);
		const ids = Object.fromEntries(Object.entries(entries).map(([key, list]) => [key, list.map((e) => e.id).sort()]));
		expect(site?.url).toBe('https://test.example');
		expect(ids.courses).toEqual([
			'demens-grunnkurs-hosten-2026',
			'forflytning-vinter-og-sommer',
			'forstehjelp-avlyst',
			'kladd-lindrende-stell',
			'legemiddelhandtering-tre-samlinger',
			'sarbehandling-fullt',
			'smittevern-e-laering',
		]);
		expect(ids.events).toHaveLength(2);
		expect(ids.news).toHaveLength(4);
		expect(ids.organisations).toHaveLength(3);
		expect(ids.topics).toHaveLength(2);
		expect(ids.locations).toHaveLength(2);
	});

	it('the sample content in content/ has no problems', () => {
		const { problems, entries } = validateContent(sampleContent);
		expect(formatReport(problems)).toBe('0 feil, 0 advarsler');
		expect(entries.courses.length).toBeGreaterThan(0);
	});

	it('a missing content folder is one problem, not a crash', () => {
		const { problems } = validateContent('/nonexistent/kb-content');
		expect(problems).toHaveLength(1);
		expect(problems[0].severity).toBe('error');
	});
});

describe('broken content', () => {
	const dirs: string[] = [];
	afterAll(() => dirs.forEach(removeContentDir));

	it('every case folder is in the table and every table row has its folder', () => {
		const folders = readdirSync(brokenFixtures, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
		const named = brokenCases.map((c) => c.name);
		expect(new Set(named).size).toBe(named.length);
		expect(folders).toEqual(
			brokenCases
				.filter((c) => existsSync(caseFolder(c)))
				.map((c) => c.name)
				.sort(),
		);
		for (const c of brokenCases) expect(existsSync(caseFolder(c)) || (c.remove?.length ?? 0) > 0, c.name).toBe(true);
		expect(brokenCases.length).toBeGreaterThanOrEqual(25);
	});

	it.each(brokenCases.map((c) => [c.name, c] as const))('%s: exactly the expected problem', (_, c) => {
		const dir = brokenContentDir(c);
		dirs.push(dir);
		const { problems } = validateContent(dir);
		const errors = problems.filter((p) => p.severity === 'error');
		expect(errors, formatReport(problems)).toHaveLength(1);
		const [problem] = errors;
		expect({ file: problem.file, field: problem.field }).toEqual({ file: c.expect.file, field: c.expect.field });
		expect(problem.message.length).toBeGreaterThan(5);
		const { line, message, value } = c.expect;
		if (typeof line === 'number') expect(problem.line).toBe(line);
		else if (line) {
			expect(problem.line).toBeGreaterThanOrEqual(line[0]);
			expect(problem.line).toBeLessThanOrEqual(line[1]);
		} else expect(problem.line).toBeUndefined();
		if (message) expect(problem.message).toMatch(message);
		if (value !== undefined) expect(problem.value).toEqual(value);
	});
});

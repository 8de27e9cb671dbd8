import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, brokenContentDir } from '../utils/broken.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { minimalFixture, projectRoot } from '../utils/paths.ts';

const run = promisify(execFile);
const cli = join(projectRoot, 'scripts', 'check-content.ts');
// Each run starts a Node that loads the validator (YAML, Zod, the MDX compiler): most of this
// file's time, 55 times over. Node's compile cache, shared by the runs, makes the later loads
// cheaper; it changes nothing the script does.
const compileCache = mkdtempSync(join(tmpdir(), 'kb-compile-cache-'));
afterAll(() => rmSync(compileCache, { recursive: true, force: true }));

/** Runs `npm run check:content`'s script with Node 24 (the one running the tests). */
async function checkContent(args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout } = await run(process.execPath, [cli, ...args], {
			cwd: projectRoot,
			env: { ...process.env, NODE_COMPILE_CACHE: compileCache, ...env },
		});
		return { code: 0, stdout };
	} catch (error) {
		const e = error as { code: number; stdout: string };
		return { code: e.code, stdout: e.stdout };
	}
}

describe('npm run check:content', () => {
	it('passes the minimal fixture with exit 0 and a summary line', async () => {
		const result = await checkContent(['--dir', minimalFixture], { KB_NOW: '2027-01-15T12:00:00Z' });
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^0 feil, \d+ advarsler$/m);
	});

	it('prints machine-readable results with --json', async () => {
		const contentDir = brokenContentDir(brokenCases.find((c) => c.name === 'unknown-organiser')!);
		try {
			const result = await checkContent(['--dir', contentDir, '--json']);
			expect(result.code).toBe(1);
			const json = JSON.parse(result.stdout) as {
				errors: number;
				problems: { file: string; field: string; line: number; severity: string }[];
			};
			expect(json.errors).toBe(1);
			expect(json.problems[0]).toMatchObject({ file: 'courses/parorendesamtaler.mdx', field: 'organiser', line: 4, severity: 'error' });
		} finally {
			removeContentDir(contentDir);
		}
	});

	it('warns (exit 0) about an open course whose deadline has passed and a past event without materials', async () => {
		const contentDir = makeContentDir({
			files: {
				'courses/sen-pamelding.mdx':
					'---\ntitle: Kurs med utløpt frist\nsummary: Fristen er ute, men status er åpen.\norganiser: fjordby-sykehus\ntopics: [demens]\naudiences: [sykepleier]\nformat: classroom\nsessions:\n  - start: "2027-03-01T09:00"\n    end: "2027-03-01T15:00"\n    place: Fjordby helsehus\nregistration:\n  deadline: "2027-01-10T12:00"\n---\n\nKurset holdes i mars.\n',
				'events/webinar-uten-materiell.mdx':
					'---\ntitle: Webinar om ernæring\nsummary: Et kort webinar.\norganiser: fjordby-sykehus\ntopics: [demens]\nstart: "2026-10-01T12:00"\nend: "2026-10-01T13:00"\nattendance: online\n---\n\nOpptak kommer.\n',
			},
		});
		try {
			const result = await checkContent(['--dir', contentDir], { KB_NOW: '2027-01-15T12:00:00Z' });
			expect(result.code).toBe(0);
			expect(result.stdout).toMatch(/^advarsel {2}events\/webinar-uten-materiell\.mdx:\d+: materials: .*materiell/m);
			expect(result.stdout).toMatch(/^advarsel {2}courses\/sen-pamelding\.mdx:13: registration\.deadline: påmeldingsfristen er ute/m);
		} finally {
			removeContentDir(contentDir);
		}
	});

	it('reports in the site’s language (sv)', async () => {
		const contentDir = brokenContentDir(brokenCases.find((c) => c.name === 'session-end-before-start')!);
		try {
			const site = join(contentDir, 'site.yaml');
			writeFileSync(site, readFileSync(site, 'utf8').replace(/^language: nb$/m, 'language: sv'));
			const result = await checkContent(['--dir', contentDir]);
			expect(result.code).toBe(1);
			expect(result.stdout.split('\n')).toEqual([
				`Kontrollerar innehållet i ${contentDir}`,
				'fel  courses/palliasjon-grunnkurs.mdx:10: sessions.0.end: slut måste vara efter start (värde: «2027-05-19T08:00»)',
				'1 fel, 0 varningar',
				'',
			]);
		} finally {
			removeContentDir(contentDir);
		}
	});

	describe.concurrent('fails every broken case, naming file and field', () => {
		it.for(brokenCases)('$name', async (c, { expect }) => {
			const contentDir = brokenContentDir(c);
			try {
				const result = await checkContent(['--dir', contentDir]);
				expect(result.code).toBe(1);
				const { file, field, line } = c.expect;
				const where = typeof line === 'number' ? `${file}:${line}` : file;
				expect(result.stdout).toContain(`feil  ${where}`);
				if (field) expect(result.stdout).toContain(` ${field}: `);
				expect(result.stdout).toMatch(/^1 feil, 0 advarsler$/m);
			} finally {
				removeContentDir(contentDir);
			}
		});
	});
});

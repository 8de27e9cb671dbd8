import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { brokenCases, brokenContentDir } from '../utils/broken.ts';
import { runAstroBuild } from '../utils/build.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { FIXED_NOW } from '../utils/paths.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every file the build left behind (none expected). */
const leftovers = (dir: string): string[] =>
	existsSync(dir)
		? readdirSync(dir, { recursive: true, withFileTypes: true })
				.filter((d) => d.isFile())
				.map((d) => join(d.parentPath, d.name))
		: [];

// These builds stop in the content check, before Vite starts, so they run side by side.
describe.concurrent('broken content fails the build', () => {
	// Concurrent tests must use the `expect` of their own context.
	it.for(brokenCases)('$name', async (c, { expect }) => {
		const contentDir = brokenContentDir(c);
		try {
			const run = await runAstroBuild({ contentDir, now: FIXED_NOW });
			try {
				expect(run.code, run.output).not.toBe(0);
				// The report line: `<file>[:<line>]: [<field>:] <message>`.
				const { file, field, line, value } = c.expect;
				const where = typeof line === 'number' ? `${escape(file)}:${line}` : `${escape(file)}(:\\d+)?`;
				expect(run.output).toMatch(new RegExp(`${where}:${field ? ` ${escape(field)}:` : ''} `));
				// Unknown references (and every other offending text value) are named.
				if (typeof value === 'string') expect(run.output).toContain(value);
				expect(existsSync(join(run.outDir, 'index.html'))).toBe(false);
				expect(leftovers(run.outDir)).toEqual([]);
			} finally {
				rmSync(run.outDir, { recursive: true, force: true });
			}
		} finally {
			removeContentDir(contentDir);
		}
	});
});

describe('the build reports in the site’s language', () => {
	it('sv: the heading and the problem', async ({ expect }) => {
		const contentDir = brokenContentDir(brokenCases.find((c) => c.name === 'unknown-organiser')!);
		const site = join(contentDir, 'site.yaml');
		writeFileSync(site, readFileSync(site, 'utf8').replace(/^language: nb$/m, 'language: sv'));
		try {
			const run = await runAstroBuild({ contentDir, now: FIXED_NOW });
			try {
				expect(run.code, run.output).not.toBe(0);
				expect(run.output).toContain(`Innehållet i ${contentDir} har fel:`);
				expect(run.output).toMatch(
					/^fel {2}courses\/parorendesamtaler\.mdx:4: organiser: finns inte i organisations\/ \(okänd referens\) \(värde: «fjordby-kommune»\)$/m,
				);
			} finally {
				rmSync(run.outDir, { recursive: true, force: true });
			}
		} finally {
			removeContentDir(contentDir);
		}
	});
});

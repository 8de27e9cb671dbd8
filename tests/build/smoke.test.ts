import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildInfo } from '../../src/lib/build-info.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { FIXED_NOW, minimalFixture, projectRoot } from '../utils/paths.ts';
import { serveStatic, type StaticServer } from '../utils/static-server.ts';

/** Runs `npm run smoke`'s script against `url` with Node 24 (the one running the tests). */
function smoke(url: string, commit: string): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const env = { ...process.env, KB_CONTENT_DIR: minimalFixture };
		execFile(
			process.execPath,
			[join(projectRoot, 'scripts/smoke.ts'), url, '--commit', commit],
			{ cwd: projectRoot, env },
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
		);
	});
}

let site: BuiltSite;
let commit: string;
const servers: StaticServer[] = [];
const copies: string[] = [];

/** Serves a copy of the build, changed by `edit`. */
async function serveCopy(edit: (dir: string) => void): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'kb-smoke-'));
	copies.push(dir);
	cpSync(site.outDir, dir, { recursive: true });
	edit(dir);
	const server = await serveStatic(dir);
	servers.push(server);
	return server.url;
}

beforeAll(async () => {
	site = await buildSite(minimalFixture, FIXED_NOW);
	({ commit } = JSON.parse(site.read('/build.json')) as BuildInfo);
});

afterAll(async () => {
	await Promise.all(servers.map((s) => s.close()));
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
	await disposeBuilds();
});

describe('npm run smoke', () => {
	it('build.json names the built commit and the build time', () => {
		const info = JSON.parse(site.read('/build.json')) as BuildInfo;
		expect(info.commit).toMatch(/^[0-9a-f]{40}$/);
		expect(Date.parse(info.builtAt)).not.toBeNaN();
	});

	it('passes against a fresh build: home, build.json, a course, the search index and the calendar', async () => {
		const server = await serveStatic(site.outDir);
		servers.push(server);
		const { code, output } = await smoke(server.url, commit);
		expect(output).toMatch(/^ok {4}forsiden/m);
		expect(output).toMatch(/^ok {4}en kursside: \/kurs\/[a-z0-9-]+\/$/m);
		expect(output).toMatch(/^ok {4}søkeindeksen/m);
		expect(output).toMatch(/^ok {4}kalenderen: \/kalender\.ics$/m);
		expect(output).toContain('Røyktesten er bestått');
		expect(code).toBe(0);
	});

	it('fails on an old build: build.json names another commit', async () => {
		const url = await serveCopy((dir) =>
			writeFileSync(join(dir, 'build.json'), JSON.stringify({ commit: '0'.repeat(40), builtAt: '2026-01-01T00:00:00.000Z' })),
		);
		const { code, output } = await smoke(url, commit);
		expect(code).toBe(1);
		expect(output).toMatch(/^feil {2}byggeinformasjonen: utdatert: nettstedet er bygget fra 0000000/m);
		expect(output).toMatch(/Røyktesten feilet for .*: byggeinformasjonen\.$/m);
	});

	it('fails on a broken build: no search index and no calendar feed', async () => {
		const url = await serveCopy((dir) => {
			rmSync(join(dir, 'pagefind'), { recursive: true });
			rmSync(join(dir, 'kalender.ics'));
		});
		const { code, output } = await smoke(url, commit);
		expect(code).toBe(1);
		expect(output).toMatch(/^feil {2}søkeindeksen: \/pagefind\/pagefind-entry\.json svarte HTTP 404$/m);
		expect(output).toMatch(/^feil {2}kalenderen: \/kalender\.ics svarte HTTP 404$/m);
		expect(output).toMatch(/^ok {4}forsiden/m);
	});

	it('fails when the server answers 500', async () => {
		const server = createServer((_, res) => res.writeHead(500).end());
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		try {
			const { code, output } = await smoke(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, commit);
			expect(code).toBe(1);
			expect(output).toMatch(/^feil {2}forsiden: \/ svarte HTTP 500$/m);
			expect(output).toMatch(/feilet for .*: forsiden, byggeinformasjonen, en kursside, søkeindeksen, kalenderen\.$/m);
		} finally {
			await new Promise((resolve) => server.close(resolve));
		}
	});
});

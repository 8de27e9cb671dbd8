import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DecapBackend, startDecapBackend } from '../utils/decap-server.ts';
import { projectRoot } from '../utils/paths.ts';

/**
 * The ownership check on the branches the CMS itself makes: entries saved through the real
 * decap-server (git mode, editorial workflow), each a branch `cms/<collection>/<slug>` with its
 * upload, checked against `main` as the request pipelines do.
 */
const run = promisify(execFile);
let backend: DecapBackend;

beforeAll(async () => {
	backend = await startDecapBackend();
	// The sample content names no editors: kari edits for Lørenskog, which is not the owner (nus).
	const lorenskog = join(backend.repo, 'content/organisations/lorenskog-kommune.yaml');
	writeFileSync(lorenskog, `${readFileSync(lorenskog, 'utf8').replace(/^editors:.*\n/m, '')}editors: [kari]\n`);
	backend.git('commit', '-q', '-am', 'kari edits for Lørenskog');
	expect(backend.git('show', 'main:content/site.yaml')).toMatch(/^owner: nus$/m);
});
afterAll(() => backend?.stop());

/** Saves an entry with an image the way the CMS does (`persistEntry`, editorial workflow). */
async function saveEntry(slug: string, organiser: string) {
	const response = await fetch(backend.apiUrl, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			action: 'persistEntry',
			params: {
				branch: 'main',
				dataFiles: [
					{
						slug,
						path: `content/courses/${slug}.mdx`,
						raw: `---\ntitle: Kurs fra CMS\nsummary: Lagret gjennom CMS.\norganiser: ${organiser}\nimage:\n  src: /uploads/${slug}.jpg\n  alt: Et bilde\n---\n\nTekst.\n`,
					},
				],
				assets: [{ path: `public/uploads/${slug}.jpg`, content: Buffer.from('jpeg').toString('base64'), encoding: 'base64' }],
				options: { collectionName: 'courses', commitMessage: `Opprett kurs «${slug}»`, useWorkflow: true, status: 'draft' },
			},
		}),
	});
	expect(response.ok, `${response.status} ${await response.clone().text()}\n${backend.log()}`).toBe(true);
	const branch = `cms/courses/${slug}`;
	expect(backend.git('diff', '--name-only', 'main', branch).split('\n').sort()).toEqual([
		`content/courses/${slug}.mdx`,
		`public/uploads/${slug}.jpg`,
	]);
	return branch;
}

async function checkOwnership(login: string, head: string) {
	const args = ['--base', 'main', '--head', head, '--editor', login, '--dir', join(backend.repo, 'content')];
	try {
		const { stdout } = await run(process.execPath, [join(projectRoot, 'scripts/check-ownership.ts'), ...args], { cwd: backend.repo });
		return { code: 0, stdout };
	} catch (error) {
		return error as { code: number; stdout: string };
	}
}

describe('check:ownership on branches made by the CMS', () => {
	it("allows an editor's entry for their own organisation, with its new image", async () => {
		const branch = await saveEntry('kurs-fra-lorenskog', 'lorenskog-kommune');
		const result = await checkOwnership('kari', branch);
		expect(result.stdout.trim()).toBe('Alle 2 endrede filer er tillatt for kari.');
		expect(result.code).toBe(0);
	});

	it("refuses an entry for another organisation, and everything from a login in no organisation's editors", async () => {
		const branch = await saveEntry('kurs-fra-eieren', 'nus');
		const kari = await checkOwnership('kari', branch);
		expect(kari.code).toBe(1);
		expect(kari.stdout.split('\n')[0]).toBe('content/courses/kurs-fra-eieren.mdx: tilhører nus, og kari er ikke redaktør der');

		const stranger = await checkOwnership('someone-else', branch);
		expect(stranger.code).toBe(1);
		expect(stranger.stdout).toContain('2 av 2 endrede filer er avvist for someone-else.');
	});
});

import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { commitAsNewRepo, gitIn } from '../utils/git-repo.ts';
import { minimalFixture, projectRoot } from '../utils/paths.ts';

const run = promisify(execFile);
const cli = join(projectRoot, 'scripts', 'check-ownership.ts');
const made: string[] = [];
afterAll(() => {
	for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const git = (repo: string, ...args: string[]) => gitIn(repo)(...args);

/**
 * A throw-away repository: the minimal fixture in `content/` with editors (anne for the owner
 * fjordby-sykehus, so a curator; nils for nordvik-kommune; solveig for solberg-kommune), an
 * upload and a README, committed on `main`.
 */
function makeRepo(options: { language?: string } = {}): string {
	const repo = mkdtempSync(join(tmpdir(), 'kb-ownership-'));
	made.push(repo);
	cpSync(minimalFixture, join(repo, 'content'), { recursive: true });
	// The fixture's own editors lists are replaced by these.
	const setEditors = (slug: string, yaml: string) =>
		edit(repo, `content/organisations/${slug}.yaml`, (text) => `${text.replace(/^editors:.*\n(?:\s+- .*\n)*/m, '')}${yaml}`);
	setEditors('fjordby-sykehus', 'editors: [anne]\n');
	setEditors('nordvik-kommune', 'editors:\n  - Nils\n');
	setEditors('solberg-kommune', 'editors: [solveig]\n');
	if (options.language) edit(repo, 'content/site.yaml', (text) => text.replace(/^language: .*$/m, `language: ${options.language}`));
	write(repo, 'public/uploads/plakat.jpg', 'jpeg');
	write(repo, 'README.md', '# Test\n');
	commitAsNewRepo(repo, 'base');
	return repo;
}

function write(repo: string, path: string, text: string) {
	mkdirSync(dirname(join(repo, path)), { recursive: true });
	writeFileSync(join(repo, path), text);
}
function edit(repo: string, path: string, change: (text: string) => string) {
	writeFileSync(join(repo, path), change(readFileSync(join(repo, path), 'utf8')));
}
const setOrganiser = (org: string) => (text: string) => text.replace(/^organiser: .*$/m, `organiser: ${org}`);
const retitle = (text: string) => text.replace(/^title: .*$/m, 'title: Ny tittel på kurset');

/** A Nordvik course and a Solberg course of the minimal fixture. */
const NORDVIK_COURSE = 'content/courses/forstehjelp-avlyst.mdx';
const SOLBERG_COURSE = 'content/courses/demens-grunnkurs-hosten-2026.mdx';

/** Runs `npm run check:ownership`'s script with Node 24 in the repository (the default `--dir` is `content`). */
async function checkOwnership(repo: string, args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout, stderr } = await run(process.execPath, [cli, ...args], { cwd: repo, env: { ...process.env, ...env } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}
const as = (repo: string, login: string, ...more: string[]) => checkOwnership(repo, ['--base', 'main', '--editor', login, ...more]);
/** The refused lines of a run (everything but the summary). */
const refusedLines = (stdout: string) => stdout.trim().split('\n').slice(0, -1);

describe('npm run check:ownership', () => {
	it('checks the fixture: the courses used here belong to the organisations named', () => {
		const repo = makeRepo();
		expect(readFileSync(join(repo, NORDVIK_COURSE), 'utf8')).toMatch(/^organiser: nordvik-kommune$/m);
		expect(readFileSync(join(repo, SOLBERG_COURSE), 'utf8')).toMatch(/^organiser: solberg-kommune$/m);
	});

	it('allows an editor to change, add and delete their own entries in the work tree (exit 0)', async () => {
		const repo = makeRepo();
		edit(repo, NORDVIK_COURSE, retitle);
		write(repo, 'content/news/nordvik-nyhet.mdx', '---\ntitle: Nytt fra Nordvik\norganisation: nordvik-kommune\n---\n\nTekst.\n');
		git(repo, 'rm', '-q', 'content/locations/nordvik-radhus.yaml');
		const result = await as(repo, 'nils');
		expect(result.stdout.trim()).toBe('Alle 3 endrede filer er tillatt for nils.');
		expect(result.code).toBe(0);
	});

	it("refuses another organisation's entry, naming the file and the reason (exit 1)", async () => {
		const repo = makeRepo();
		edit(repo, NORDVIK_COURSE, retitle);
		edit(repo, SOLBERG_COURSE, retitle);
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout)).toEqual([`${SOLBERG_COURSE}: tilhører solberg-kommune, og nils er ikke redaktør der`]);
		expect(result.stdout.trim().split('\n').at(-1)).toBe('1 av 2 endrede filer er avvist for nils.');
	});

	it("refuses adding and deleting another organisation's entries", async () => {
		const repo = makeRepo();
		write(repo, 'content/events/solberg-fagdag.mdx', '---\ntitle: Fagdag\norganiser: solberg-kommune\n---\n');
		rmSync(join(repo, SOLBERG_COURSE));
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout).sort()).toEqual([
			'content/courses/demens-grunnkurs-hosten-2026.mdx: tilhører solberg-kommune, og nils er ikke redaktør der',
			'content/events/solberg-fagdag.mdx: tilhører solberg-kommune, og nils er ikke redaktør der',
		]);
	});

	it('refuses moving an entry to another organisation by changing its organiser', async () => {
		const repo = makeRepo();
		edit(repo, NORDVIK_COURSE, setOrganiser('solberg-kommune'));
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout)).toEqual([
			`${NORDVIK_COURSE}: flyttes fra nordvik-kommune til solberg-kommune; det krever rettigheter i begge organisasjonene`,
		]);
		expect((await as(repo, 'anne')).code).toBe(0);
	});

	describe('with --head: a committed branch against the base', () => {
		it('allows renaming an own entry, and refuses a rename that moves it to another organisation', async () => {
			const repo = makeRepo();
			git(repo, 'checkout', '-q', '-b', 'cms/courses/rename');
			git(repo, 'mv', NORDVIK_COURSE, 'content/courses/forstehjelp-nordvik.mdx');
			git(repo, 'commit', '-q', '-m', 'rename');
			git(repo, 'checkout', '-q', '-b', 'cms/courses/move', 'main');
			git(repo, 'mv', NORDVIK_COURSE, 'content/courses/forstehjelp-solberg.mdx');
			edit(repo, 'content/courses/forstehjelp-solberg.mdx', setOrganiser('solberg-kommune'));
			git(repo, 'commit', '-q', '-am', 'move');
			git(repo, 'checkout', '-q', 'main');

			const renamed = await as(repo, 'nils', '--head', 'cms/courses/rename');
			expect(renamed.stdout).toMatch(/^Alle 2 endrede filer er tillatt for nils\.$/m);
			expect(renamed.code).toBe(0);

			const moved = await as(repo, 'nils', '--head', 'cms/courses/move');
			expect(moved.code).toBe(1);
			expect(refusedLines(moved.stdout)).toEqual([
				'content/courses/forstehjelp-solberg.mdx: tilhører solberg-kommune, og nils er ikke redaktør der',
			]);
			// The work tree (main, unchanged) is not what --head checks.
			expect((await as(repo, 'nils')).stdout.trim()).toBe('Ingen filer er endret.');
		});
	});

	it("checks only what is committed with --head HEAD: files a pipeline makes (npm's cache) are not the request", async () => {
		const repo = makeRepo();
		git(repo, 'checkout', '-q', '-b', 'cms/courses/retitle');
		edit(repo, NORDVIK_COURSE, retitle);
		git(repo, 'commit', '-q', '-am', 'retitle');
		write(repo, '.npm/_cacache/index-v5/00/cache-entry', '{}');
		const committed = await as(repo, 'nils', '--head', 'HEAD');
		expect(committed.stdout.trim()).toBe('Den endrede filen er tillatt for nils.');
		expect(committed.code).toBe(0);
		// The work tree, untracked files included, is what a local check without --head judges.
		expect(refusedLines((await as(repo, 'nils')).stdout)).toEqual([
			'.npm/_cacache/index-v5/00/cache-entry: er ikke innhold (kode eller oppsett) og kan ikke endres gjennom redigeringen',
		]);
	});

	it('speaks of one changed file in the singular', async () => {
		const repo = makeRepo({ language: 'nn' });
		edit(repo, SOLBERG_COURSE, retitle);
		expect((await as(repo, 'solveig')).stdout.trim()).toBe('Den endra fila er tillaten for solveig.');
		const refused = await as(repo, 'nils');
		expect(refused.stdout.trim().split('\n').at(-1)).toBe('Den endra fila er avvist for nils.');
		expect(refused.code).toBe(1);
	});

	it('lets any editor upload a new file, but only curators change or delete one', async () => {
		const repo = makeRepo();
		write(repo, 'public/uploads/nytt-bilde.jpg', 'jpeg');
		expect((await as(repo, 'nils')).code).toBe(0);

		write(repo, 'public/uploads/plakat.jpg', 'another jpeg');
		const changed = await as(repo, 'nils');
		expect(changed.code).toBe(1);
		expect(refusedLines(changed.stdout)).toEqual([
			'public/uploads/plakat.jpg: bare kuratorene kan endre eller slette en fil som alt er lastet opp',
		]);

		rmSync(join(repo, 'public/uploads/plakat.jpg'));
		expect(refusedLines((await as(repo, 'nils')).stdout)).toEqual([
			'public/uploads/plakat.jpg: bare kuratorene kan endre eller slette en fil som alt er lastet opp',
		]);
		expect((await as(repo, 'anne')).code).toBe(0);
	});

	it('refuses files that are not content, to curators too', async () => {
		const repo = makeRepo();
		edit(repo, 'README.md', (text) => `${text}More.\n`);
		write(repo, 'src/evil.ts', 'export {};\n');
		for (const login of ['nils', 'anne']) {
			const result = await as(repo, login);
			expect(result.code, login).toBe(1);
			expect(refusedLines(result.stdout).sort()).toEqual([
				'README.md: er ikke innhold (kode eller oppsett) og kan ikke endres gjennom redigeringen',
				'src/evil.ts: er ikke innhold (kode eller oppsett) og kan ikke endres gjennom redigeringen',
			]);
		}
	});

	it('lets a login in no organisation change nothing', async () => {
		const repo = makeRepo();
		write(repo, 'public/uploads/nytt-bilde.jpg', 'jpeg');
		edit(repo, NORDVIK_COURSE, retitle);
		const result = await as(repo, 'mallory');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout).sort()).toEqual([
			`${NORDVIK_COURSE}: mallory er ikke redaktør for noen organisasjon og kan ikke endre noe`,
			'public/uploads/nytt-bilde.jpg: mallory er ikke redaktør for noen organisasjon og kan ikke endre noe',
		]);
	});

	it('lets a curator change any content: topics, site.yaml, organisations and their editors, any entry', async () => {
		const repo = makeRepo();
		edit(repo, 'content/topics/demens.yaml', (text) => text.replace(/^name: .*$/m, 'name: Demens og kognitiv svikt'));
		edit(repo, 'content/site.yaml', (text) => text.replace(/^tagline: .*$/m, 'tagline: Ny undertittel'));
		edit(repo, 'content/organisations/solberg-kommune.yaml', (text) => text.replace('editors: [solveig]', 'editors: [solveig, kari]'));
		write(repo, 'content/organisations/ny-kommune.yaml', 'name: Ny kommune\nkind: municipality\n');
		edit(repo, SOLBERG_COURSE, setOrganiser('nordvik-kommune'));
		const result = await as(repo, 'ANNE');
		expect(result.stdout.trim()).toBe('Alle 5 endrede filer er tillatt for ANNE.');
		expect(result.code).toBe(0);
	});

	it("lets an organisation's editors change its file, except editors and kind; adding one is for curators", async () => {
		const repo = makeRepo();
		const own = 'content/organisations/nordvik-kommune.yaml';
		edit(repo, own, (text) => text.replace(/^name: .*$/m, 'name: Nordvik kommune (helse)'));
		expect((await as(repo, 'nils')).code).toBe(0);

		edit(repo, own, (text) => text.replace('  - Nils\n', '  - Nils\n  - kari\n').replace('kind: municipality', 'kind: district'));
		write(repo, 'content/organisations/ny-kommune.yaml', 'name: Ny kommune\nkind: municipality\neditors: [nils]\n');
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout).sort()).toEqual([
			'content/organisations/nordvik-kommune.yaml: bare kuratorene kan endre «Redaktører (brukernavn på git-tjenesten)», «Type organisasjon»',
			'content/organisations/ny-kommune.yaml: bare kuratorene kan legge til eller slette en organisasjon',
		]);
	});

	it("leaves the home page's featured items to curators, even an editor's own course", async () => {
		const repo = makeRepo();
		const feature = (text: string) => text.replace(/^contact:/m, 'featured:\n  courses:\n    - forstehjelp-avlyst\ncontact:');
		edit(repo, 'content/site.yaml', feature);
		const refused = await as(repo, 'nils');
		expect(refused.code).toBe(1);
		expect(refusedLines(refused.stdout)).toEqual(['content/site.yaml: bare kuratorene kan endre tema og innstillingene for nettstedet']);
		const allowed = await as(repo, 'anne');
		expect(allowed.code).toBe(0);
	});

	it('reads rights from the base: nobody becomes a curator in the request that makes them one', async () => {
		const repo = makeRepo();
		edit(repo, 'content/organisations/fjordby-sykehus.yaml', (text) => text.replace('editors: [anne]', 'editors: [anne, nils]'));
		edit(repo, 'content/topics/demens.yaml', (text) => text.replace(/^name: .*$/m, 'name: Demens og kognitiv svikt'));
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(refusedLines(result.stdout).sort()).toEqual([
			'content/organisations/fjordby-sykehus.yaml: tilhører fjordby-sykehus, og nils er ikke redaktør der',
			'content/topics/demens.yaml: bare kuratorene kan endre tema og innstillingene for nettstedet',
		]);
	});

	it("writes in the site's language", async () => {
		const repo = makeRepo({ language: 'sv' });
		edit(repo, SOLBERG_COURSE, retitle);
		const result = await as(repo, 'nils');
		expect(result.code).toBe(1);
		expect(result.stdout.trim().split('\n')).toEqual([
			`${SOLBERG_COURSE}: hör till solberg-kommune, och nils är inte redaktör där`,
			'Den ändrade filen avvisas för nils.',
		]);
	});

	it('takes the content folder from --dir or KB_CONTENT_DIR, and reports paths from the repository root', async () => {
		const repo = makeRepo();
		git(repo, 'mv', 'content', 'site-content');
		git(repo, 'commit', '-q', '-m', 'move the content folder');
		edit(repo, 'site-content/courses/demens-grunnkurs-hosten-2026.mdx', retitle);
		const expected = ['site-content/courses/demens-grunnkurs-hosten-2026.mdx: tilhører solberg-kommune, og nils er ikke redaktør der'];
		expect(refusedLines((await as(repo, 'nils', '--dir', join(repo, 'site-content'))).stdout)).toEqual(expected);
		expect(
			refusedLines((await checkOwnership(repo, ['--base', 'main', '--editor', 'nils'], { KB_CONTENT_DIR: 'site-content' })).stdout),
		).toEqual(expected);
		// The default folder (content) is gone: a bad argument, not an empty request.
		expect((await as(repo, 'nils')).code).toBe(2);
	});

	describe('exit 2 on bad arguments', () => {
		it('an unknown ref (base or head)', async () => {
			const repo = makeRepo();
			const base = await checkOwnership(repo, ['--base', 'no-such-branch', '--editor', 'nils']);
			expect(base.code).toBe(2);
			expect(base.stderr).toContain('Ukjent git-referanse: no-such-branch');
			expect((await as(repo, 'nils', '--head', 'no-such-branch')).code).toBe(2);
		});

		it('a content folder outside a git work tree', async () => {
			const dir = mkdtempSync(join(tmpdir(), 'kb-no-git-'));
			made.push(dir);
			cpSync(minimalFixture, dir, { recursive: true });
			const result = await checkOwnership(dir, ['--base', 'main', '--editor', 'nils', '--dir', dir], { GIT_CEILING_DIRECTORIES: tmpdir() });
			expect(result.code).toBe(2);
			expect(result.stderr).toContain('ligger ikke i et git-arbeidstre');
		});

		it("git itself failing (a damaged repository): one line in the site's language, no verdict", async () => {
			const repo = makeRepo();
			edit(repo, NORDVIK_COURSE, retitle);
			// The base's top tree, unreadable: the commit still resolves, comparing with it fails.
			const tree = git(repo, 'rev-parse', 'main^{tree}').trim();
			const object = join(repo, '.git', 'objects', tree.slice(0, 2), tree.slice(2));
			chmodSync(object, 0o644);
			writeFileSync(object, 'not a git object');
			const result = await as(repo, 'nils');
			expect(result.code).toBe(2);
			expect(result.stdout).toBe('');
			const lines = result.stderr.trim().split('\n');
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(/^Uventet feil, så rettighetene er ikke vurdert: \S/);
		});

		it('a missing --base or --editor, or an unknown option', async () => {
			const repo = makeRepo();
			for (const args of [
				['--editor', 'nils'],
				['--base', 'main'],
				['--base', 'main', '--editor', 'nils', '--bogus'],
			]) {
				const result = await checkOwnership(repo, args);
				expect(result.code, args.join(' ')).toBe(2);
				expect(result.stderr).toContain('Bruk: npm run check:ownership -- --base <ref> --editor');
			}
		});
	});
});

describe('npm run check:ownership (the npm script)', () => {
	it('is wired in package.json and passes arguments through', async () => {
		const repo = makeRepo();
		edit(repo, NORDVIK_COURSE, retitle);
		// npm puts node_modules/.bin (with the pinned Node) first on PATH for the script.
		const { stdout } = await run(
			'npm',
			[
				'run',
				'--silent',
				'--prefix',
				projectRoot,
				'check:ownership',
				'--',
				'--base',
				'main',
				'--editor',
				'nils',
				'--dir',
				join(repo, 'content'),
			],
			{
				cwd: repo,
			},
		);
		expect(stdout.trim()).toBe('Den endrede filen er tillatt for nils.');
	});
});

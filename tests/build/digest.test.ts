import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenCases, brokenContentDir } from '../utils/broken.ts';
import { nodeBinary } from '../utils/build.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { emailProblems } from '../utils/email-html.ts';
import { elements, textOf } from '../utils/html.ts';
import { minimalFixture, projectRoot, sampleContent } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

const run = promisify(execFile);
const cli = join(projectRoot, 'scripts', 'digest.ts');
const work = mkdtempSync(join(tmpdir(), 'kb-digest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The sample content's "today" in the README's example: 2 December 2026. */
const NOW = '2026-12-02T10:00:00Z';
const SITE = 'https://kompetansebroen.example.no/';
const WINDOW = ['--since', '2026-11-01', '--until', '2026-12-02'];

/** Runs `npm run digest`'s script with Node 24, as `npm run digest -- <args>` does. */
async function digest(args: string[], env: Record<string, string> = {}) {
	try {
		const { stdout, stderr } = await run(nodeBinary(), [cli, ...args], {
			cwd: projectRoot,
			env: { ...process.env, KB_CONTENT_DIR: sampleContent, KB_NOW: NOW, NODE_COMPILE_CACHE: join(work, 'cache'), ...env },
		});
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

const titlesOf = (html: string) => elements(html, 'h3').map((h) => textOf(h.inner));

// The sample content's entries, to check the filters against what each item is.
const entries = fixtureEntries(sampleContent);
const byTitle = new Map(entries.filter((e) => ['courses', 'events', 'programmes', 'news'].includes(e.collection)).map((e) => [e.title, e]));
const organisationRegion = new Map(
	entries.filter((e) => e.collection === 'organisations').map((e) => [e.id, e.data.region as string | undefined]),
);
const regionOf = (title: string) => {
	const data = byTitle.get(title)!.data;
	return organisationRegion.get(String(data.organiser ?? data.organisation));
};

describe('npm run digest on the sample content', () => {
	let html: string;
	beforeAll(async () => {
		const result = await digest(WINDOW);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		html = result.stdout;
	});

	it('writes e-mail-ready HTML: no script or style element, inline styles, absolute links, lang, ≤ 640 px', () => {
		expect(html).toMatch(/^<!DOCTYPE html>/);
		expect(emailProblems(html, SITE)).toEqual([]);
		expect(elements(html, 'html')[0].attributes.lang).toBe('nb');
	});

	it('holds what was published or updated in the window, and no draft or older item', () => {
		const titles = titlesOf(html);
		expect(titles.length).toBeGreaterThan(10);
		for (const title of titles) expect(byTitle.get(title)?.draft, title).toBe(false);
		expect(titles).toContain('Kurskatalogen for 2027 er publisert'); // news of 18 November
		expect(titles).toContain('Erfaringskonferanse om sårbehandling 2028'); // event published 30 November
		expect(titles).not.toContain('Demensdagen 2027'); // a draft, published 24 November
		expect(titles).not.toContain('Eidsvoll kartlegger ernæringsstatus hos alle sykehjemsbeboere'); // news of 28 October
		expect(elements(html, 'h2').map((h) => textOf(h.inner))).toEqual(['Kurs og e-læring', 'Arrangementer', 'Program', 'Nyheter']);
	});

	it('writes the same items as plain text with --format text --out', async () => {
		const file = join(work, 'digest.txt');
		const result = await digest([...WINDOW, '--format', 'text', '--out', file]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^Nyhetsbrevet med \d+ saker er skrevet til /);
		const text = readFileSync(file, 'utf8');
		const titles = titlesOf(html);
		const positions = titles.map((title) => text.indexOf(`\n${title}\n`));
		expect(positions.filter((at) => at < 0)).toEqual([]);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		expect(text).not.toMatch(/<\/?[a-z]/i);
	});

	it('says “1 sak” for a digest of one item (2026-11-30: one event published)', async () => {
		const file = join(work, 'one.html');
		const result = await digest(['--since', '2026-11-30', '--until', '2026-11-30', '--out', file]);
		expect(result.code).toBe(0);
		expect(titlesOf(readFileSync(file, 'utf8'))).toHaveLength(1);
		expect(result.stderr).toMatch(/^Nyhetsbrevet med 1 sak er skrevet til /);
	});

	it('--region holds only items of organisers in that region or serving every region', async () => {
		const result = await digest([...WINDOW, '--region', 'follo']);
		expect(result.code).toBe(0);
		const titles = titlesOf(result.stdout);
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.filter((title) => ![undefined, 'Follo'].includes(regionOf(title)))).toEqual([]);
		// The whole digest has items of other regions, which the filter left out.
		expect(titlesOf(html).filter((title) => ![undefined, 'Follo'].includes(regionOf(title))).length).toBeGreaterThan(0);
		expect(textOf(result.stdout)).toContain('Region: Follo');
	});

	it('--topic holds only items about that topic', async () => {
		const result = await digest([...WINDOW, '--topic', 'demens', '--format', 'text']);
		expect(result.code).toBe(0);
		const titles = titlesOf(html).filter((title) => result.stdout.includes(`\n${title}\n`));
		expect(titles.length).toBeGreaterThan(0);
		expect(titles.filter((title) => !(byTitle.get(title)!.data.topics as string[]).includes('demens'))).toEqual([]);
		const about = titlesOf(html).filter((title) => (byTitle.get(title)!.data.topics as string[]).includes('demens'));
		expect(titles).toEqual(about);
	});

	it('a window with nothing new: says so on stderr, writes nothing and exits 0', async () => {
		const file = join(work, 'empty.html');
		const result = await digest(['--since', '2030-01-01', '--until', '2030-01-31', '--out', file]);
		expect(result.code).toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim()).toBe(
			'Ingenting ble publisert eller oppdatert fra 1. jan. 2030 til 31. jan. 2030, så det ble ikke laget noe nyhetsbrev.',
		);
		expect(existsSync(file)).toBe(false);
	});

	it('--until defaults to today in the site time zone (KB_NOW)', async () => {
		// 23:30 UTC on 1 December is 2 December in Oslo: the event published on 30 November is in.
		const result = await digest(['--since', '2026-11-30'], { KB_NOW: '2026-12-01T23:30:00Z' });
		expect(result.code).toBe(0);
		expect(textOf(result.stdout)).toContain('Publisert eller oppdatert fra 30. nov. 2026 til 2. des. 2026.');
		expect(titlesOf(result.stdout)).toContain('Erfaringskonferanse om sårbehandling 2028');
	});
});

describe('npm run digest with bad arguments', () => {
	const cases: [string, string[], RegExp][] = [
		['no --since', [], /^--since mangler/],
		['a malformed date', ['--since', '1.11.2026'], /^--since må være en dato som ÅÅÅÅ-MM-DD, ikke «1\.11\.2026»/],
		['an impossible date', ['--since', '2026-11-01', '--until', '2026-02-30'], /^--until må være en dato/],
		['until before since', ['--since', '2026-11-10', '--until', '2026-11-01'], /^--until \(2026-11-01\) er før --since \(2026-11-10\)/],
		['an unknown region', ['--since', '2026-11-01', '--region', 'vestland'], /^Ukjent region «vestland»\. Regionene er: nedre-romerike, /],
		['an unknown topic', ['--since', '2026-11-01', '--topic', 'kirurgi'], /^Ukjent tema «kirurgi»\. Temaene er: /],
		['an unknown format', ['--since', '2026-11-01', '--format', 'pdf'], /^--format må være html eller text, ikke «pdf»/],
		['an unknown option', ['--since', '2026-11-01', '--days', '7'], /^Ukjent valg: --days\./],
		['an option without its value', ['--since'], /^Valget --since trenger en verdi\./],
	];
	it.each(cases)('%s: exit 2 with a message and the usage line', async (_, args, message) => {
		const result = await digest(args);
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(message);
		expect(result.stderr).toContain('Bruk: npm run digest -- --since <ÅÅÅÅ-MM-DD>');
	});

	it('--region on a site without regions in site.yaml: exit 2, even for a region an organisation names', async () => {
		// The minimal fixture lists no regions; its organisations name Fjordby, Nordvik and Solberg.
		const result = await digest(['--since', '2026-11-01', '--region', 'Fjordby'], { KB_CONTENT_DIR: minimalFixture });
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toMatch(/^Nettstedet har ingen regioner i site\.yaml, så --region kan ikke brukes\./);
	});

	it('--until before --since: exit 2 before the content is read, even when it has errors', async () => {
		const contentDir = brokenContentDir(brokenCases.find((c) => c.name === 'unknown-organiser')!);
		try {
			const result = await digest(['--since', '2026-11-10', '--until', '2026-11-01'], { KB_CONTENT_DIR: contentDir });
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(/^--until \(2026-11-01\) er før --since \(2026-11-10\)/);
		} finally {
			removeContentDir(contentDir);
		}
	});

	it('speaks the site language: Swedish for a Swedish site', async () => {
		const result = await digest(['--since', '2026-11-01', '--until', '2026-10-01'], {
			KB_CONTENT_DIR: join(projectRoot, 'examples', 'sv'),
		});
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/^--until \(2026-10-01\) är före --since \(2026-11-01\)/);
		expect(result.stderr).toContain('Användning: npm run digest');
	});

	it('an --out file that cannot be written: exit 1 with a message', async () => {
		const result = await digest([...WINDOW, '--out', join(work, 'no-such-folder', 'digest.html')]);
		expect(result.code).toBe(1);
		expect(result.stderr).toMatch(/^Kunne ikke skrive nyhetsbrevet til .*no-such-folder\/digest\.html: ENOENT/);
	});

	it('content with errors: exit 1 with the problems, no digest', async () => {
		const contentDir = brokenContentDir(brokenCases.find((c) => c.name === 'unknown-organiser')!);
		try {
			const result = await digest(['--since', '2026-11-01'], { KB_CONTENT_DIR: contentDir });
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toMatch(/har feil, så nyhetsbrevet ble ikke laget/);
			expect(result.stderr).toContain('courses/parorendesamtaler.mdx');
		} finally {
			removeContentDir(contentDir);
		}
	});
});

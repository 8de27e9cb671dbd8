import type { Browser, Page } from 'playwright-core';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Problem } from '../../src/validation/problem.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { startCmsSite, stopCmsSite } from '../utils/cms-site.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import type { DecapBackend } from '../utils/decap-server.ts';
import { sampleContent } from '../utils/paths.ts';
import type { StaticServer } from '../utils/static-server.ts';
import { E2E_TEST_TIMEOUT, UI_WAIT } from '../utils/waits.ts';

// The CMS refuses what the build refuses, with the build's message at the field, and writes
// nothing: the real Decap client in Chromium against decap-server on a throw-away repository.
// One new course is edited through every class of broken content in turn (one page, one build),
// and saved once it is valid.

const t = useTranslations('nb');
/** Decap's "Add session" button, in the site's words (`cms.ui.*` phrases). */
const ADD_SESSION = t('cms.ui.editor.editorWidgets.list.add').replace('%{item}', t('cms.singular.field.sessions').toLowerCase());
const SLUG = 'sarbehandling-med-feil-underveis';
const BASE = {
	title: 'Sårbehandling med feil underveis',
	summary: 'Et kurs som skrives med feil først og rettes før det lagres.',
	organiser: 'nordre-follo-kommune',
	topics: ['sarbehandling'],
	audiences: ['sykepleier'],
	format: 'classroom',
};
const SESSION = { start: '2027-09-14T09:00', end: '2027-09-14T15:30' };
const IMAGE = 'https://bilder.invalid/sarbehandling.jpg';
const SCRIPT = '<script>alert(1)</script>';
/** An organisation in a region that site.yaml does not list (the sample site lists four, Vestfold is not one). */
const ORGANISATION = { name: 'Vestfold legesenter', kind: 'other', region: 'Vestfold' };
const BODY = 'Kurset tar for seg behandling av sår.';

/**
 * Each broken course as a file (the data the CMS form holds at that step), the field where the
 * build reports it, and how the CMS names the place inside the top-level field.
 */
const CASES = {
	noSessions: { data: { ...BASE, sessions: [] }, field: 'sessions', at: '' },
	endBeforeStart: {
		data: { ...BASE, sessions: [{ start: '2027-09-14T20:00', end: '2027-09-14T17:00' }] },
		field: 'sessions.0.end',
		at: 'Samling 1 – Slutt: ',
	},
	dstGap: {
		data: { ...BASE, sessions: [{ start: '2027-03-28T02:30', end: '2027-03-28T04:00' }] },
		field: 'sessions.0.start',
		at: 'Samling 1 – Start: ',
	},
	lateDeadline: {
		data: { ...BASE, sessions: [SESSION], registration: { deadline: '2027-09-20T12:00' } },
		field: 'registration.deadline',
		at: 'Påmeldingsfrist: ',
	},
	scriptUrl: {
		data: { ...BASE, sessions: [SESSION], registration: { deadline: '2027-09-01T12:00', url: 'javascript:alert(1)' } },
		field: 'registration.url',
		at: 'Adresse (URL): ',
	},
	noAlt: {
		data: { ...BASE, sessions: [SESSION], image: { src: IMAGE } },
		field: 'image.alt',
		at: 'Alternativ tekst (beskriv bildet): ',
	},
	script: { data: { ...BASE, sessions: [SESSION] }, body: SCRIPT, field: 'body', at: 'Linje 1: ' },
} as const;
type CaseName = keyof typeof CASES;

let backend: DecapBackend;
let server: StaticServer;
let browser: Browser;
let page: Page;
/** What `check:content` says about each broken course, by case. */
let buildSays: Record<CaseName, Problem[]>;
/** What `check:content` says about the organisation's region. */
let regionSays: string;

/** The message the CMS must show at the top-level field: the build's, with the place named. */
function expected(name: CaseName): string {
	const { field, at } = CASES[name];
	const problem = buildSays[name].find((p) => p.field === field);
	if (!problem) throw new Error(`check:content found no problem at ${field} for ${name}: ${JSON.stringify(buildSays[name])}`);
	return `${at}${problem.message}`;
}

beforeAll(async () => {
	const files = Object.fromEntries(
		Object.entries(CASES).map(([name, c]) => [
			`courses/${name.toLowerCase()}.mdx`,
			`---\n${stringify(c.data)}---\n${'body' in c ? c.body : 'Tekst.'}\n`,
		]),
	);
	files['organisations/ukjent-region.yaml'] = stringify(ORGANISATION);
	const content = makeContentDir({ base: sampleContent, files });
	try {
		const { problems } = validateContent(content);
		regionSays = problems.find((p) => p.file === 'organisations/ukjent-region.yaml' && p.field === 'region')?.message ?? '(none)';
		buildSays = Object.fromEntries(
			Object.keys(CASES).map((name) => [name, problems.filter((p) => p.file === `courses/${name.toLowerCase()}.mdx`)]),
		) as Record<CaseName, Problem[]>;
	} finally {
		removeContentDir(content);
	}
	({ backend, server, browser } = await startCmsSite());
	page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'America/New_York' });
	page.on('dialog', (dialog) => dialog.accept(dialog.type() === 'prompt' ? IMAGE : undefined));
	await page.goto(`${server.url}/admin/`);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.getByText('Arbeidsflyt').waitFor();
	await page.goto(`${server.url}/admin/#/collections/courses/new`);
});
afterAll(() => stopCmsSite({ backend, server, browser }));

/** The workflow branches in the repository (decap-server may have one checked out: no `*` marks). */
const branches = () => backend.git('branch', '--list', '--format=%(refname:short)', 'cms/*');

/** The `n`th widget of a field (Decap's ids are `<name>-field-<counter>`). */
const field = (name: string, n = 0) => page.locator(`[id^="${name}-field-"]`).nth(n);

/** The error messages Decap shows at a field (in the bar with its label). */
const errorsAt = (name: string) =>
	page
		.locator('[class*="ControlTopbar"]')
		.filter({ has: page.locator(`label[for^="${name}-field-"]`) })
		.locator('[class*="ControlErrorsList"] li');

/**
 * Replaces the text of a string field the editor typed in before. Playwright's `fill` would
 * append: Decap's string control puts the caret back where the last typing left it when focus
 * re-renders it, which undoes fill's select-all.
 */
async function retype(name: string, value: string): Promise<void> {
	await field(name).click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.insertText(value);
	expect(await field(name).inputValue()).toBe(value);
}

/** Types the body (Decap requires it; it is not part of the schema). */
async function writeBody(): Promise<void> {
	await page.locator('[data-slate-editor="true"]').first().click();
	await page.keyboard.insertText(BODY);
}

/** Picks an option of a select or relation widget by its label. */
async function pick(name: string, label: string): Promise<void> {
	await field(name).click();
	await field(name).pressSequentially(label.slice(0, 5));
	await page.getByRole('option', { name: label, exact: true }).click();
}

/** Clicks Save and expects the refusal at `top` with the build's message; nothing may be written. */
async function refused(name: CaseName, top: string): Promise<void> {
	const main = backend.git('rev-parse', 'main');
	await page.getByRole('button', { name: 'Lagre' }).click();
	const message = expected(name);
	await expect
		.poll(() => errorsAt(top).allTextContents(), { message: `${name}: the message at ${top}`, timeout: UI_WAIT })
		.toContain(message);
	await expect(errorsAt(top).filter({ hasText: message }).isVisible()).resolves.toBe(true);
	// A refused save writes nothing: no branch, no commit, no file.
	expect(branches(), `${name}: no workflow branch`).toBe('');
	expect(backend.git('rev-parse', 'main')).toBe(main);
	expect(backend.git('status', '--porcelain'), `${name}: work tree untouched`).toBe('');
	// The editor's input is still in the form.
	expect(await field('title').inputValue()).toBe(BASE.title);
}

describe('the CMS refuses what the build refuses (decap-server, Chromium)', () => {
	it(
		'a classroom course without sessions: refused at "Samlinger", which is not marked optional',
		async () => {
			await expect(page.locator('label[for^="sessions-field-"]').textContent()).resolves.toBe('Samlinger');
			await field('title').fill(BASE.title);
			await field('summary').fill(BASE.summary);
			await pick('organiser', 'Nordre Follo kommune');
			await pick('topics', 'Sårbehandling');
			await pick('audiences', t('audience.sykepleier'));
			await pick('format', t('format.classroom'));
			await refused('noSessions', 'sessions');
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'a session that ends before it starts',
		async () => {
			await page.getByRole('button', { name: ADD_SESSION }).click();
			await field('start').fill(CASES.endBeforeStart.data.sessions[0].start);
			await field('end').fill(CASES.endBeforeStart.data.sessions[0].end);
			await refused('endBeforeStart', 'sessions');
			expect(await field('end').inputValue()).toBe(CASES.endBeforeStart.data.sessions[0].end);
			// The message stays while the editor changes the field without fixing it.
			await field('end').fill('2027-09-14T18:00');
			await expect.poll(() => field('end').inputValue()).toBe('2027-09-14T18:00');
			expect(await errorsAt('sessions').allTextContents()).toEqual([expected('endBeforeStart')]);
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'a start time that does not exist in Europe/Oslo (spring DST gap)',
		async () => {
			await field('start').fill(CASES.dstGap.data.sessions[0].start);
			await field('end').fill(CASES.dstGap.data.sessions[0].end);
			await refused('dstGap', 'sessions');
			expect(await field('start').inputValue()).toBe(CASES.dstGap.data.sessions[0].start);
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'a registration deadline after the first session',
		async () => {
			await field('start').fill(SESSION.start);
			await field('end').fill(SESSION.end);
			// Fixed: the message goes as soon as the field is right.
			await expect.poll(() => errorsAt('sessions').count(), { timeout: UI_WAIT }).toBe(0);
			await field('deadline').fill(CASES.lateDeadline.data.registration.deadline);
			await refused('lateDeadline', 'registration');
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'a javascript: address',
		async () => {
			await field('deadline').fill(CASES.scriptUrl.data.registration.deadline);
			await field('url').fill(CASES.scriptUrl.data.registration.url);
			await refused('scriptUrl', 'registration');
			expect(await field('url').inputValue()).toBe(CASES.scriptUrl.data.registration.url);
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'an image without alternative text',
		async () => {
			await retype('url', 'https://example.org/pamelding');
			await page.getByRole('button', { name: t('cms.ui.editor.editorWidgets.image.chooseUrl') }).click();
			await refused('noAlt', 'image');
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'a <script> in the body (typed in Markdown mode): the MDX compiler of the build runs in the CMS',
		async () => {
			await field('alt').fill('Sykepleier skifter bandasje på et sår');
			// The body's "Rik-tekst | Markdown" switch (it has no accessible name in Decap 3.16).
			await page.locator('[class*="ToolbarToggle"][role="switch"]').click();
			await page.locator('[data-slate-editor="true"]').first().click();
			await page.keyboard.insertText(SCRIPT);
			await refused('script', 'body');
		},
		E2E_TEST_TIMEOUT,
	);

	it(
		'saves once every rule is met: a workflow branch with a file the build accepts',
		async () => {
			await page.locator('[data-slate-editor="true"]').first().click();
			await page.keyboard.press('ControlOrMeta+a');
			await page.keyboard.insertText(BODY);
			await expect.poll(() => errorsAt('body').count(), { timeout: UI_WAIT }).toBe(0);
			await page.getByRole('button', { name: 'Lagre' }).click();
			const anyError = page.locator('[class*="ControlErrorsList"] li');
			await page.getByText('Endringer lagret').or(anyError.first()).waitFor();
			expect(await anyError.allTextContents(), 'the CMS refused a valid course').toEqual([]);
			const branch = `cms/courses/${SLUG}`;
			expect(branches()).toBe(branch);
			const file = backend.git('show', `${branch}:content/courses/${SLUG}.mdx`);
			expect(file).toContain(BODY);
			expect(file).not.toContain('<script');
			const errors = validateContent(backend.exportContent(branch)).problems.filter((p) => p.severity === 'error');
			expect(errors).toEqual([]);
		},
		E2E_TEST_TIMEOUT,
	);
});

describe('what the schema allows, the CMS allows', () => {
	it(
		'an e-learning course without sessions saves ("Samlinger" is required only for the other formats)',
		async () => {
			await page.goto(`${server.url}/admin/#/collections/courses/new`);
			await field('title').fill('Nettkurs uten samlinger');
			await field('summary').fill(BASE.summary);
			await pick('organiser', 'Nordre Follo kommune');
			await pick('topics', 'Sårbehandling');
			await pick('audiences', t('audience.sykepleier'));
			await pick('format', t('format.elearning'));
			await writeBody();
			await page.getByRole('button', { name: 'Lagre' }).click();
			const anyError = page.locator('[class*="ControlErrorsList"] li');
			await page.getByText('Endringer lagret').or(anyError.first()).waitFor();
			expect(await anyError.allTextContents(), 'the CMS refused a valid e-learning course').toEqual([]);
			const branch = 'cms/courses/nettkurs-uten-samlinger';
			expect(branches().split('\n')).toContain(branch);
			expect(validateContent(backend.exportContent(branch)).problems.filter((p) => p.severity === 'error')).toEqual([]);
		},
		E2E_TEST_TIMEOUT,
	);
});

describe('rules that need site.yaml', () => {
	it(
		'an organisation in a region site.yaml does not list is refused with the build message',
		async () => {
			await page.goto(`${server.url}/admin/#/collections/organisations/new`);
			await field('name').fill(ORGANISATION.name);
			await pick('kind', t('orgkind.other'));
			await field('region').fill(ORGANISATION.region);
			await page.getByRole('button', { name: 'Lagre' }).click();
			await expect.poll(() => errorsAt('region').allTextContents(), { timeout: UI_WAIT }).toEqual([regionSays]);
			expect(branches().split('\n')).not.toContain('cms/organisations/vestfold-legesenter');
			expect(await field('name').inputValue()).toBe(ORGANISATION.name);
		},
		E2E_TEST_TIMEOUT,
	);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calloutComponent } from '../../cms/editor-components.ts';
import { type UIKey, useTranslations } from '../../src/i18n/index.ts';
import { makeFormat } from '../../src/lib/format.ts';
import { compileBody } from '../../src/mdx/body.ts';
import { localToInstant } from '../../src/lib/time-zone.ts';
import { formatProblem } from '../../src/validation/problem.ts';
import { readSource } from '../../src/validation/source.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { buildSite } from '../utils/build.ts';
import { startCmsSite, stopCmsSite } from '../utils/cms-site.ts';
import type { DecapBackend } from '../utils/decap-server.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import type { StaticServer } from '../utils/static-server.ts';

// The real Decap client in Chromium against decap-server (git mode) on a throw-away repository:
// what an editor saves must land on a workflow branch, validate, publish into main and build.
const t = useTranslations('nb');
const TIMEOUT = 120_000;
const ZONE = 'Europe/Oslo';
const COURSE = {
	slug: 'sar-og-sarbehandling-for-ovede',
	title: 'Sår og sårbehandling for øvede',
	summary: 'For sykepleiere som vil fordype seg i behandling av kroniske sår.',
	start: '2027-09-14T09:00',
	end: '2027-09-14T15:30',
};
const CALLOUT = '<Callout type="warning" title="Ta med legitimasjon">\n\nHusk gyldig legitimasjon ved oppmøte.\n\n</Callout>';
const NEWS = { slug: 'kurskatalogen-for-2027', title: 'Kurskatalogen for 2027 er klar', summary: 'Nye kurs og arrangementer for 2027.' };
/** Decap's own phrases, as the admin page registers them (cms/phrases.ts). */
const ui = (key: string, item = '') => (t(`cms.ui.${key}` as UIKey) as string).replace('%{item}', item);
/** The "Add …" button of the course's sessions. */
const ADD_SESSION = ui('editor.editorWidgets.list.add', t('cms.singular.field.sessions').toLowerCase());

let backend: DecapBackend;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	({ backend, server, browser } = await startCmsSite());
});
afterAll(() => stopCmsSite({ backend, server, browser }));

/**
 * A fresh page logged in to the CMS at `#/<hash>`. The browser runs in another time zone than the
 * site, so a time that moved with the browser's zone would show.
 */
async function openCms(hash: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, timezoneId: 'America/New_York' });
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto(`${server.url}/admin/`);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.getByText('Arbeidsflyt').waitFor();
	await page.goto(`${server.url}/admin/#/${hash}`);
	return page;
}

/** The `n`th widget of a field (Decap's ids are `<name>-field-<counter>`). */
const field = (page: Page, name: string, n = 0) => page.locator(`[id^="${name}-field-"]`).nth(n);

/** Picks an option of a select or relation widget by its label. */
async function pick(page: Page, name: string, label: string): Promise<void> {
	await field(page, name).click();
	await field(page, name).pressSequentially(label.slice(0, 5));
	await page.getByRole('option', { name: label, exact: true }).click();
}

/** Saves, and fails with Decap's messages when it refuses (a required field it cannot see filled). */
async function save(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Lagre' }).click();
	const refused = page.locator('[class*="ControlErrorsList"] li');
	await page.getByText('Endringer lagret').or(refused.first()).waitFor();
	expect(await refused.allTextContents(), 'Decap refused to save').toEqual([]);
}

/** Sets the workflow status to ready ("Klar") and publishes ("Publiser nå"). */
async function publish(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^Status: / }).click();
	await page.getByRole('menuitem', { name: 'Klar' }).click();
	await page.getByRole('button', { name: 'Status: Klar' }).waitFor();
	await page.getByRole('button', { name: 'Publiser', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publiser nå' }).click();
	await page.getByText('Innlegg publisert').waitFor();
}

const branchExists = (branch: string) => backend.git('branch', '--list', branch) !== '';

/** Validates the content of a branch with the project's own validation; returns the errors. */
function errorsOn(ref: string): { content: string; errors: string[] } {
	const content = backend.exportContent(ref);
	const errors = validateContent(content).problems.filter((p) => p.severity === 'error');
	return { content, errors: errors.map((p) => formatProblem(p)) };
}

/** Publishes and checks that the branch was merged into main and removed. */
async function publishAndCheckMerged(page: Page, branch: string, file: string): Promise<void> {
	const tip = backend.git('rev-parse', branch);
	const saved = backend.git('show', `${branch}:${file}`);
	await publish(page);
	expect(branchExists(branch), `${branch} removed after publishing`).toBe(false);
	expect(() => backend.git('merge-base', '--is-ancestor', tip, 'main'), `${branch} merged into main`).not.toThrow();
	expect(backend.git('show', `main:${file}`)).toBe(saved);
}

describe('the Callout editor component', () => {
	const callout = calloutComponent(t);

	it('writes the MDX the site accepts and reads it back', () => {
		const data = { type: 'warning', title: 'Mat & "drikke" <ute>', text: 'Første avsnitt.\n\nAndre avsnitt.' };
		const mdx = callout.toBlock(data);
		expect(mdx).toBe(
			'<Callout type="warning" title="Mat &amp; &quot;drikke&quot; &lt;ute&gt;">\n\nFørste avsnitt.\n\nAndre avsnitt.\n\n</Callout>',
		);
		const compiled = compileBody(mdx);
		expect(compiled.problems).toEqual([]);
		expect(compiled.html).toContain('callout--warning');
		expect(callout.fromBlock(callout.pattern.exec(mdx)!)).toEqual(data);
	});

	it('reads the Callouts of the sample content, with or without attributes', () => {
		expect(callout.fromBlock(callout.pattern.exec('<Callout>\n\nKurset er gratis.\n\n</Callout>')!)).toEqual({
			type: 'info',
			title: '',
			text: 'Kurset er gratis.',
		});
		const body = readFileSync(join(sampleContent, 'courses/demensomsorg-i-praksis.mdx'), 'utf8');
		const block = body.slice(body.indexOf('<Callout'));
		expect(callout.toBlock(callout.fromBlock(callout.pattern.exec(block)!))).toBe(block.slice(0, block.indexOf('</Callout>') + 10));
	});
});

describe('the CMS with decap-server (git, editorial workflow)', () => {
	it(
		'previews a course like the site: title, Norwegian weekday and date, local time',
		async () => {
			const page = await openCms('collections/courses/new');
			await field(page, 'title').fill('Forhåndsvisning av kurs');
			await page.getByRole('button', { name: ADD_SESSION }).click();
			await field(page, 'start').fill(COURSE.start);
			await field(page, 'end').fill(COURSE.end);
			const format = makeFormat(t('locale'), ZONE, t);
			const expected = format.range(localToInstant(COURSE.start, ZONE), localToInstant(COURSE.end, ZONE));
			expect(expected).toMatch(/^tirsdag 14\. september 2027, 09.00–15.30$/);
			const preview = page.frameLocator('iframe[class*="PreviewPaneFrame"]');
			await expect.poll(() => preview.locator('h1').textContent()).toBe('Forhåndsvisning av kurs');
			await expect.poll(() => preview.locator('.session__when').textContent()).toBe(expected);
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'creates a course through the form, on a workflow branch, valid, and publishes it into main',
		async () => {
			const page = await openCms('collections/courses/new');
			await field(page, 'title').fill(COURSE.title);
			await field(page, 'summary').fill(COURSE.summary);
			await pick(page, 'organiser', 'Nordre Follo kommune');
			await pick(page, 'topics', 'Sårbehandling');
			await pick(page, 'audiences', t('audience.sykepleier'));
			await pick(page, 'format', t('format.classroom'));
			await page.getByRole('button', { name: ADD_SESSION }).click();
			await field(page, 'start').fill(COURSE.start);
			await field(page, 'end').fill(COURSE.end);
			await page.locator('[data-slate-editor="true"]').first().click();
			await page.keyboard.insertText('Kurset tar for seg kartlegging og behandling av kroniske sår.');
			await page.getByRole('button', { name: ui('editor.editorWidgets.markdown.addComponent') }).click();
			await page.getByRole('menuitem', { name: t('cms.callout.label') }).click();
			await pick(page, 'type', t('cms.callout.warning'));
			await field(page, 'title', 1).fill('Ta med legitimasjon');
			await page.locator('[data-slate-editor="true"]').nth(1).click();
			await page.keyboard.insertText('Husk gyldig legitimasjon ved oppmøte.');
			// The preview renders the body from the entry's state: once the box is there, so is the text.
			const preview = page.frameLocator('iframe[class*="PreviewPaneFrame"]');
			await expect
				.poll(() => preview.locator('.callout--warning').textContent())
				.toBe('Ta med legitimasjonHusk gyldig legitimasjon ved oppmøte.');
			await save(page);

			const branch = `cms/courses/${COURSE.slug}`;
			const file = `content/courses/${COURSE.slug}.mdx`;
			expect(branchExists(branch), `branch ${branch}; branches: ${backend.git('branch', '--list')}\n${backend.log()}`).toBe(true);
			expect(backend.git('config', `branch.${branch}.description`)).toBe('decap-cms/draft');
			expect(backend.git('diff', '--name-only', 'main', branch)).toBe(file);

			const { content, errors } = errorsOn(branch);
			expect(errors).toEqual([]);
			const source = readSource(join(content, 'courses', `${COURSE.slug}.mdx`), `courses/${COURSE.slug}.mdx`);
			expect(source.data).toMatchObject({
				title: COURSE.title,
				summary: COURSE.summary,
				organiser: 'nordre-follo-kommune',
				topics: ['sarbehandling'],
				audiences: ['sykepleier'],
				format: 'classroom',
				sessions: [{ start: COURSE.start, end: COURSE.end }],
			});
			expect(readFileSync(source.path, 'utf8')).toMatch(new RegExp(`^ {2}- start: "?${COURSE.start}"?$`, 'm'));
			expect(source.body).toContain(CALLOUT);

			await publishAndCheckMerged(page, branch, file);
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'edits a news item: title and summary change on main, nothing else does',
		async () => {
			const file = `content/news/${NEWS.slug}.mdx`;
			const before = readSource(join(backend.exportContent('main'), 'news', `${NEWS.slug}.mdx`), `news/${NEWS.slug}.mdx`);
			const page = await openCms(`collections/news/entries/${NEWS.slug}`);
			await expect.poll(() => field(page, 'title').inputValue()).toBe((before.data as { title: string }).title);
			await field(page, 'title').fill(NEWS.title);
			await field(page, 'summary').fill(NEWS.summary);
			await save(page);

			const branch = `cms/news/${NEWS.slug}`;
			expect(branchExists(branch), `branch ${branch}\n${backend.log()}`).toBe(true);
			expect(errorsOn(branch).errors).toEqual([]);
			await publishAndCheckMerged(page, branch, file);

			const after = readSource(join(backend.exportContent('main'), 'news', `${NEWS.slug}.mdx`), `news/${NEWS.slug}.mdx`);
			expect(after.data).toEqual({ ...(before.data as object), title: NEWS.title, summary: NEWS.summary });
			expect(after.body?.trim()).toBe(before.body?.trim());
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'builds what was published: the new course page and the edited article',
		async () => {
			const site = await buildSite(backend.exportContent('main'), FIXED_NOW);
			const course = site.read(`/kurs/${COURSE.slug}/`);
			expect(course).toContain(COURSE.title);
			expect(course).toContain('callout--warning');
			expect(site.read(`/nyheter/${NEWS.slug}/`)).toContain(NEWS.title);
		},
		TIMEOUT,
	);
});

describe('the CMS form in the site language (nb)', () => {
	/** Text Decap shows in English when a phrase is missing from the locale (the tester's finds). */
	const ENGLISH = /Loading configuration|Insert from URL|Add samlinger|\b\d+ samlinger\b|Filter by|Group by|Add Component/;

	it(
		'speaks Norwegian while the configuration loads',
		async () => {
			const page = await browser.newPage();
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			// Hold config.yml back: what shows meanwhile is what editors see on a slow line.
			await page.route('**/admin/config.yml', async (route) => {
				await held;
				await route.continue();
			});
			await page.goto(`${server.url}/admin/`);
			const nbNo = (await import(`../../node_modules/decap-cms-locales/dist/esm/${t('cms.locale')}/index.js`)).default as {
				app: { app: { loadingConfig: string } };
			};
			await page.getByText(nbNo.app.app.loadingConfig).waitFor();
			expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
			release();
			await page.getByRole('button', { name: 'Logg inn' }).waitFor();
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'shows hints, names list items, hides draft and has no English left in a new course',
		async () => {
			const page = await openCms('collections/courses/new');
			await page.getByRole('button', { name: ADD_SESSION }).click();
			await page.getByText(t('cms.hint.field.organiser')).waitFor();
			for (const key of ['cms.hint.field.location', 'cms.hint.field.place', 'cms.hint.courses.duration'] as const)
				expect(await page.getByText(t(key)).count(), key).toBeGreaterThan(0);
			expect(await page.getByText(`1 ${t('cms.singular.field.sessions').toLowerCase()}`, { exact: true }).count()).toBe(1);
			expect(await page.getByText(t('cms.field.draft')).count()).toBe(0);
			expect(await page.getByText(ui('editor.editorWidgets.image.chooseUrl')).count()).toBeGreaterThan(0);
			expect(await page.locator('body').innerText()).not.toMatch(ENGLISH);
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'filters the course list by organiser (by name) and groups it',
		async () => {
			const page = await openCms('collections/courses');
			const cards = page.locator('[class*="ListCardLink"], [class*="GridCardLink"]');
			await cards.first().waitFor();
			const all = await cards.count();
			await page.getByRole('button', { name: ui('collection.collectionTop.filterBy') }).click();
			await page.getByRole('menuitem', { name: `${t('cms.field.organiser')}: Nordre Follo kommune`, exact: true }).click();
			await expect.poll(() => cards.count()).toBeLessThan(all);
			expect(await cards.count()).toBeGreaterThan(0);
			for (const text of await cards.allInnerTexts()) expect(text).toContain('· nordre-follo-kommune');
			await page.keyboard.press('Escape');
			await page.getByRole('button', { name: ui('collection.collectionTop.groupBy') }).click();
			expect(await page.getByRole('menuitem', { name: t('cms.field.organiser'), exact: true }).count()).toBe(1);
			await page.close();
		},
		TIMEOUT,
	);

	it(
		'previews a topic and an organisation like their pages',
		async () => {
			const preview = (page: Page) => page.frameLocator('iframe[class*="PreviewPaneFrame"]');
			const topic = await openCms('collections/topics/entries/demens');
			await expect.poll(() => preview(topic).locator('.page-header h1').textContent()).toBe('Demens');
			expect(await preview(topic).locator('.eyebrow').textContent()).toBe(t('type.topic'));
			await topic.close();
			const organisation = await openCms('collections/organisations/entries/nus');
			await expect.poll(() => preview(organisation).locator('.page-header h1').textContent()).toBe('Nitelva universitetssykehus');
			expect(await preview(organisation).locator('.facts').innerText()).toContain(t('orgkind.hospital'));
			await organisation.close();
		},
		TIMEOUT,
	);

	it(
		'keeps a hidden draft: true when an editor saves, says so in the preview, and shows its card on the board with organisation and date',
		async () => {
			const slug = 'nytt-felles-hospiteringsprogram';
			const page = await openCms(`collections/news/entries/${slug}`);
			const preview = page.frameLocator('iframe[class*="PreviewPaneFrame"]');
			await preview.getByText(t('cms.preview.draftFlag')).waitFor();
			await field(page, 'summary').fill('Sykehuset og kommunene lager et felles hospiteringsprogram.');
			await save(page);
			const saved = backend.git('show', `cms/news/${slug}:content/news/${slug}.mdx`);
			expect(saved).toMatch(/^draft: true$/m);
			expect(saved).toContain('Sykehuset og kommunene lager et felles hospiteringsprogram.');

			await page.goto(`${server.url}/admin/#/workflow`);
			for (const state of ['draftHeader', 'inReviewHeader', 'readyHeader'])
				await page
					.getByRole('heading', { name: ui(`workflow.workflowList.${state}`), exact: true })
					.or(page.getByText(ui(`workflow.workflowList.${state}`), { exact: true }))
					.first()
					.waitFor();
			const card = page.locator('[class*="WorkflowLink"]', { hasText: 'hospiteringsprogram' });
			await card.waitFor();
			expect(await card.innerText()).toMatch(/· nordre-follo-kommune[\s\S]*\d{2}\.\d{2}\.\d{4}/);
			await page.close();
		},
		TIMEOUT,
	);
});

describe("the settings file: the home page's featured items", () => {
	const SITE = 'content/site.yaml';
	/** The featured course slugs of site.yaml on a ref. */
	const featuredCourses = (ref: string) =>
		(readSource(join(backend.exportContent(ref), 'site.yaml'), 'site.yaml').data as { featured?: { courses?: string[] } }).featured
			?.courses;
	const titleOf = (slug: string) =>
		(readSource(join(sampleContent, 'courses', `${slug}.mdx`), `courses/${slug}.mdx`).data as { title: string }).title;
	/** The course titles the featured courses list shows, top to bottom. */
	const shownCourses = (page: Page) =>
		page
			.locator('input[id^="courses-field-"]')
			.evaluateAll((inputs) =>
				inputs.map((input) => input.closest('[class*="-container"]')?.querySelector('[class*="singleValue"]')?.textContent ?? ''),
			);

	it(
		'shows an ordered list per collection; a curator adds a course and drags it to the top, and site.yaml keeps that order',
		async () => {
			const before = featuredCourses('main')!;
			expect(before.length).toBeGreaterThanOrEqual(2);
			const page = await openCms('collections/settings/entries/site');
			// Labels of optional fields end in "(valgfritt)".
			await page.locator('label', { hasText: t('cms.field.settings.featured') }).waitFor();
			for (const key of ['courses', 'events', 'news', 'programmes'] as const)
				await page
					.locator('label', { hasText: t(`cms.collection.${key}`) })
					.first()
					.waitFor();
			await expect.poll(() => shownCourses(page)).toEqual(before.map(titleOf));

			const added = 'trygg-forflytning';
			await page
				.getByRole('button', { name: new RegExp(`^${ui('editor.editorWidgets.list.add', t('cms.singular.field.courses'))}$`, 'i') })
				.click();
			const input = page.locator('input[id^="courses-field-"]').last();
			await input.click();
			await input.pressSequentially(titleOf(added).slice(0, 6));
			await page.getByRole('option', { name: titleOf(added), exact: true }).click();
			await expect.poll(() => shownCourses(page)).toEqual([...before, added].map(titleOf));

			// Drag the new last item by its handle (dnd-kit's sortable button in the item's top bar) above the first.
			await page.locator('input[id^="courses-field-"]').evaluateAll((inputs) =>
				inputs.forEach((input, i) => {
					let item: Element | null = input;
					while (item && !item.querySelector('[aria-roledescription="sortable"]')) item = item.parentElement;
					item?.querySelector('[aria-roledescription="sortable"]')?.setAttribute('data-test-handle', String(i));
				}),
			);
			const from = await page.locator(`[data-test-handle="${before.length}"]`).boundingBox();
			const to = await page.locator('[data-test-handle="0"]').boundingBox();
			await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
			await page.mouse.down();
			for (let step = 1; step <= 12; step++)
				await page.mouse.move(from!.x + from!.width / 2, from!.y + ((to!.y - from!.y) * step) / 12 + from!.height / 2 - 8);
			await page.mouse.up();
			await expect.poll(() => shownCourses(page)).toEqual([added, ...before].map(titleOf));

			await save(page);
			const branch = backend
				.git('branch', '--list', 'cms/settings*')
				.replace(/^[*\s]+/, '')
				.trim();
			expect(branch, backend.git('branch', '--list')).not.toBe('');
			expect(backend.git('diff', '--name-only', 'main', branch)).toBe(SITE);
			expect(errorsOn(branch).errors).toEqual([]);
			expect(featuredCourses(branch)).toEqual([added, ...before]);
			await page.close();
		},
		TIMEOUT,
	);
});

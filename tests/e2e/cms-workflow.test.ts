import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { launchBrowser } from '../utils/browser.ts';
import { cleanEnv, nodeBinary } from '../utils/build.ts';
import { type CmsDev, startCmsDev } from '../utils/cms-dev.ts';

// `DECAP_MODE=git npm run cms` as a developer runs it: decap-server and the Astro dev server in the
// same git working tree (a throw-away copy of the project). Real Chromium walks an entry through the
// review workflow on the board while decap-server checks its branch out and back under the dev
// server's watcher: the admin must not reload, and publishing must merge into main.
const t = useTranslations('nb');

/** The review states as the board and the status menu name them (the site's phrases, src/i18n/decap/nb.ts). */
const STATE = {
	draft: t('cms.ui.workflow.workflowList.draftHeader'),
	review: t('cms.ui.workflow.workflowList.inReviewHeader'),
	ready: t('cms.ui.workflow.workflowList.readyHeader'),
};
/** Decap's own nb_no strings the walk uses. */
const LABEL = {
	login: 'Logg inn',
	workflow: 'Arbeidsflyt',
	save: 'Lagre',
	saved: 'Endringer lagret',
	publishCard: 'Publiser nytt innlegg',
};
const TOPIC = {
	slug: 'velferdsteknologi-og-arbeidsflyt',
	name: 'Velferdsteknologi og arbeidsflyt',
	description: 'Ny teknologi i tjenestene.',
};
const BRANCH = `cms/topics/${TOPIC.slug}`;
const FILE = `content/topics/${TOPIC.slug}.yaml`;

let dev: CmsDev;
let browser: Browser;

beforeAll(async () => {
	[dev, browser] = await Promise.all([startCmsDev(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await dev?.stop();
});

const branchExists = () => dev.git('branch', '--list', BRANCH) !== '';
const label = () => dev.git('config', '--default', '', `branch.${BRANCH}.description`);

/** A column of the workflow board, found by its heading. */
const column = (page: Page, state: string) => page.getByRole('heading', { level: 2, name: state, exact: true }).locator('xpath=..');
/** The entry's card in a column of the board. */
const card = (page: Page, state: string) => column(page, state).getByRole('heading', { name: TOPIC.name, exact: true });

describe('the review workflow under npm run cms (DECAP_MODE=git, astro dev)', () => {
	it('takes an entry from Kladd through Til godkjenning and Klar to main, without reloading the admin', async () => {
		// A page of the site open beside the admin, as a developer previews: it keeps live reload.
		const site = await browser.newPage();
		await site.goto(`${dev.url}/${t('route.topics')}/`);
		const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		page.on('dialog', (dialog) => dialog.accept());
		let loads = 0;
		page.on('load', () => loads++);
		await page.goto(`${dev.url}/admin/`);
		await page.getByRole('button', { name: LABEL.login }).click();
		await page.getByText(LABEL.workflow).first().waitFor();
		// A reload would take this with it.
		await page.evaluate(() => Object.assign(window, { kbWalkMarker: 'same page' }));
		expect(await page.locator('astro-dev-toolbar').count(), 'no dev toolbar on the admin page').toBe(0);

		await page.evaluate(() => (location.hash = '#/collections/topics/new'));
		await page.locator('[id^="name-field-"]').fill(TOPIC.name);
		await page.locator('[id^="description-field-"]').fill(TOPIC.description);
		await page.getByRole('button', { name: LABEL.save, exact: true }).click();
		await page.getByText(LABEL.saved).waitFor();
		expect(branchExists(), `${BRANCH} made on saving\n${dev.log()}`).toBe(true);
		expect(dev.git('diff', '--name-only', 'main', BRANCH), 'the branch holds the entry and nothing else').toBe(FILE);
		expect(label()).toBe('decap-cms/draft');

		// After its first save Decap moves the editor to the entry's address; then to the board.
		await page.waitForURL(new RegExp(`/entries/${TOPIC.slug}`));
		await page.evaluate(() => (location.hash = '#/workflow'));
		await card(page, STATE.draft).waitFor();

		await card(page, STATE.draft).dragTo(column(page, STATE.review));
		await card(page, STATE.review).waitFor();
		await expect.poll(label).toBe('decap-cms/pending_review');

		await card(page, STATE.review).dragTo(column(page, STATE.ready));
		await card(page, STATE.ready).waitFor();
		await expect.poll(label).toBe('decap-cms/pending_publish');

		const tip = dev.git('rev-parse', BRANCH);
		const saved = dev.git('show', `${BRANCH}:${FILE}`);
		await column(page, STATE.ready).getByRole('button', { name: LABEL.publishCard }).click();
		await expect.poll(branchExists, { message: `${BRANCH} removed after publishing` }).toBe(false);
		expect(() => dev.git('merge-base', '--is-ancestor', tip, 'main'), `${BRANCH} merged into main`).not.toThrow();
		expect(dev.git('show', `main:${FILE}`)).toBe(saved);
		expect(dev.git('branch', '--show-current'), 'the working tree is back on main').toBe('main');
		expect(dev.git('status', '--porcelain', '--untracked-files=all'), 'nothing left in the working tree').toBe('');
		await card(page, STATE.ready).waitFor({ state: 'detached' });

		// The merge changed the checked-out main: the site page reloads by itself and lists the entry.
		await site.getByText(TOPIC.name).first().waitFor();

		expect(await page.evaluate(() => (window as { kbWalkMarker?: string }).kbWalkMarker), 'the admin page was not reloaded').toBe(
			'same page',
		);
		expect(loads).toBe(1);
		await Promise.all([page.close(), site.close()]);
	});

	it('shows the published entry on the dev site, which keeps its live reload and dev toolbar', async () => {
		const page = await browser.newPage();
		await expect
			.poll(async () => {
				const response = await fetch(`${dev.url}/${t('route.topics')}/${TOPIC.slug}/`);
				return response.ok ? response.text() : `${response.status}`;
			})
			.toContain(TOPIC.name);
		await page.goto(`${dev.url}/${t('route.topics')}/${TOPIC.slug}/`);
		await page.locator('astro-dev-toolbar').waitFor({ state: 'attached' });
		await page.close();
	});

	it('logs an invalid file in the content folder and keeps serving the last valid content', async () => {
		const file = join(dev.repo, 'content/topics/uten-beskrivelse.yaml');
		const failed = t('validation.report.failed', { dir: join(dev.repo, 'content') });
		writeFileSync(file, 'name: Uten beskrivelse\n');
		try {
			await expect.poll(() => dev.log().includes(failed)).toBe(true);
			const list = await fetch(`${dev.url}/${t('route.topics')}/`);
			expect(list.status).toBe(200);
			expect(await list.text()).toContain(TOPIC.name);
		} finally {
			rmSync(file);
		}
	});

	it('refuses git mode with uncommitted files or off main, before starting anything', () => {
		const cms = () =>
			spawnSync(nodeBinary(), ['scripts/cms.ts'], { cwd: dev.repo, env: { ...cleanEnv(), DECAP_MODE: 'git' }, encoding: 'utf8' });
		writeFileSync(join(dev.repo, 'notater.txt'), 'uferdig\n');
		const dirty = cms();
		rmSync(join(dev.repo, 'notater.txt'));
		expect(dirty.status).toBe(1);
		expect(dirty.stderr.trim()).toBe(t('cms.local.dirty', { files: '?? notater.txt' }));

		dev.git('switch', '-q', '-c', 'annen-gren');
		const elsewhere = cms();
		dev.git('switch', '-q', 'main');
		expect(elsewhere.status).toBe(1);
		expect(elsewhere.stderr.trim()).toBe(t('cms.local.branch', { branch: 'main', current: 'annen-gren' }));
	});
});

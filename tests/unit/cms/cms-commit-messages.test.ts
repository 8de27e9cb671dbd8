import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../cms/config.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { tables } from '../../../src/i18n/index.ts';
import { SITE_LANGUAGES } from '../../../src/schemas/enums.ts';
import type { SiteConfig } from '../../../src/schemas/site.ts';
import { makeContentDir, removeContentDir } from '../../utils/content-dir.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';

// Decap writes its commit messages (and, in the editorial workflow, the pull/merge request
// titles) from `backend.commit_messages`: in the site's language, with Decap's own placeholders.

const site = loadSiteConfig(minimalFixture);
const github: SiteConfig['cms'] = { backend: 'github', repo: 'a/b', branch: 'main' };
const backendFor = (config: SiteConfig) =>
	cmsConfig({ site: config, contentDir: minimalFixture, root: projectRoot }).backend as {
		commit_messages: Record<string, string>;
	};

/** Decap's placeholders each message must keep (decap-cms-core `commitMessageFormatter`). */
const PLACEHOLDERS = {
	create: ['{{collection}}', '{{slug}}'],
	update: ['{{collection}}', '{{slug}}'],
	delete: ['{{collection}}', '{{slug}}'],
	uploadMedia: ['{{path}}'],
	deleteMedia: ['{{path}}'],
};

describe.each(SITE_LANGUAGES)('commit messages of a %s site', (language) => {
	const table = tables[language];

	it.each([
		['GitHub', { ...site, language, cms: github }],
		['git-gateway', { ...site, language, cms: undefined }],
	])('come from the %s site’s table, with Decap’s placeholders', (_, config) => {
		const messages = backendFor(config as SiteConfig).commit_messages;
		expect(Object.keys(messages).sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
		for (const [action, placeholders] of Object.entries(PLACEHOLDERS)) {
			expect(messages[action]).toBe(table[`cms.commit.${action as keyof typeof PLACEHOLDERS}`]);
			for (const placeholder of placeholders) expect(messages[action]).toContain(placeholder);
		}
	});
});

it('a Swedish site does not get Norwegian commit messages', () => {
	const nb = backendFor({ ...site, language: 'nb', cms: github }).commit_messages;
	const sv = backendFor({ ...site, language: 'sv', cms: github }).commit_messages;
	for (const action of Object.keys(PLACEHOLDERS)) expect(sv[action]).not.toBe(nb[action]);
});

describe('scripts/review-status.ts', () => {
	const sv = makeContentDir({ files: { 'site.yaml': `${'language: sv\n'}name: Trasig [\n` } });
	afterAll(() => removeContentDir(sv));

	// A Node process: seconds on a busy machine.
	it('prints its usage in the site language and exits 2 on an unknown argument', { timeout: 60_000 }, () => {
		const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/review-status.ts'), 'bogus'], {
			cwd: projectRoot,
			env: { ...process.env, KB_CONTENT_DIR: sv },
			encoding: 'utf8',
		});
		expect(run.status).toBe(2);
		expect(run.stderr.trim()).toBe(tables.sv['review.error.usage'].replace('{arguments}', 'context|pending|success|failure'));
	});
});

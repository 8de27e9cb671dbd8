import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { collectionKeys } from '../../src/schemas/index.ts';
import { cmsEntryPath, STATUS_PATH } from '../../src/status/cms-links.ts';
import { validateContent } from '../../src/validation/validate.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { removeContentDir } from '../utils/content-dir.ts';
import { elements, textOf } from '../utils/html.ts';
import { FIXED_NOW } from '../utils/paths.ts';
import { EXPECTED_ROWS, makeStatusContentDir } from '../utils/status-fixture.ts';

const t = useTranslations('nb');
const dir = makeStatusContentDir();
let site: BuiltSite;
let html: string;

beforeAll(async () => {
	site = await buildSite(dir, FIXED_NOW);
	html = site.read(STATUS_PATH);
}, 300_000);
afterAll(async () => {
	await disposeBuilds();
	removeContentDir(dir);
});

/** The `<section>` of one group (organisation slug, `''` for the shared group). */
const sectionOf = (group: string) => elements(html, 'section').find((s) => s.attributes['data-status-group'] === group);

/** The URLs of every page in the built Pagefind index (its fragments are gzipped JSON). */
function indexedUrls(): string[] {
	const folder = join(site.outDir, 'pagefind', 'fragment');
	return readdirSync(folder).map((name) => {
		const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
	});
}

describe('the curators’ status page', () => {
	it('is built at /admin/status/ with the site’s layout, language and noindex', () => {
		expect(elements(html, 'html')[0].attributes.lang).toBe('nb');
		const robots = elements(html, 'meta').filter((m) => m.attributes.name === 'robots');
		expect(robots.map((m) => m.attributes.content)).toEqual(['noindex']);
		expect(textOf(elements(html, 'h1')[0].inner)).toBe(t('status.title'));
		expect(elements(html, 'header').some((h) => h.attributes.class === 'site-header')).toBe(true);
		expect(elements(html, 'a').some((a) => a.attributes.href === '/admin/' && textOf(a.inner) === t('status.backToCms'))).toBe(true);
	});

	it('has a row for each kind of thing to look at, under the right organisation, linked to the page and the CMS', () => {
		for (const { group, entry, kind } of EXPECTED_ROWS) {
			const section = sectionOf(group);
			expect(section, `section ${group}`).toBeDefined();
			const row = elements(section!.inner, 'tr').find(
				(tr) => tr.attributes['data-status-entry'] === entry && tr.attributes['data-status-kind'] === kind,
			);
			expect(row, `${kind} row of ${entry} under ${group || 'the shared group'}`).toBeDefined();
			const [collection, slug] = entry.split('/');
			const hrefs = elements(row!.inner, 'a').map((a) => a.attributes.href);
			expect(hrefs).toContain(cmsEntryPath(collection as 'courses', slug));
			const page = hrefs.find((href) => !href.startsWith('/admin/'));
			expect(page, `page link of ${entry}`).toBeDefined();
			expect(site.has(page!), `${page} is built`).toBe(true);
			expect(textOf(elements(row!.inner, 'th')[0].inner)).toContain(textOf(elements(row!.inner, 'a')[0].inner));
		}
	});

	it('says what to look at in the content check’s own words', () => {
		const text = textOf(html);
		for (const key of ['deadlinePassed', 'noUpcomingSessions', 'noMaterials', 'unusedTopic'] as const)
			expect(text).toContain(t(`validation.warning.${key}`));
		expect(text).toContain(t('status.stale', { date: '1. juni 2025', months: 12 }));
		expect(text).toContain(t('status.undated'));
		expect(text).toContain(t('status.noUpcomingOffer'));
	});

	it('shows a featured entry’s warning on that entry, a featured draft by its place in the list', () => {
		const ended = elements(sectionOf('solberg-kommune')!.inner, 'tr').find(
			(tr) =>
				tr.attributes['data-status-entry'] === 'events/fagdag-uten-materiell' &&
				textOf(tr.inner).includes(t('validation.warning.featuredEnded')),
		);
		expect(ended).toBeDefined();
		const draft = elements(sectionOf('')!.inner, 'tr').find((tr) => textOf(tr.inner).includes(t('validation.warning.featuredDraft')));
		expect(textOf(elements(draft!.inner, 'th')[0].inner)).toContain('Anbefalt på forsiden – kurs nr. 2');
	});

	it('counts each organisation’s upcoming courses, upcoming events and news this year', () => {
		const overview = elements(html, 'table')[0];
		expect(textOf(elements(overview.inner, 'caption')[0].inner)).toBe(t('status.overview.caption'));
		const cells = (name: string) =>
			elements(overview.inner, 'tr')
				.filter((tr) => textOf(elements(tr.inner, 'th')[0]?.inner ?? '') === name)
				.map((tr) => elements(tr.inner, 'td').map((td) => textOf(td.inner)));
		expect(cells('Tomt opplæringsforetak')).toEqual([['0', '0', '0', '1']]);
		expect(cells('Solberg kommune')[0].slice(1, 2)).toEqual(['0']);
	});

	it('shows no draft (the production build leaves them out; the page is public, if unlisted)', () => {
		const { entries } = validateContent(dir);
		const drafts = collectionKeys.flatMap((key) => entries[key]).filter((e) => e.data.draft === true);
		expect(drafts.length).toBeGreaterThan(0);
		expect(drafts.filter((d) => html.includes(d.id)).map((d) => d.id)).toEqual([]);
		expect(textOf(html)).toContain(t('status.drafts.left'));
	});

	it('is in neither the sitemap nor the search index', () => {
		const sitemap = site
			.files()
			.filter((f) => /^sitemap-\d+\.xml$/.test(f))
			.map((f) => site.read(`/${f}`))
			.join('\n');
		expect(sitemap).toContain('https://test.example/kurs/gammel-e-laering/');
		expect(sitemap).not.toContain('/admin/');
		const urls = indexedUrls();
		expect(urls).toContain('/kurs/gammel-e-laering/');
		expect(urls.filter((url) => url.startsWith('/admin/'))).toEqual([]);
	});
});

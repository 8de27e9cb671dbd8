import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { cmsEntryPath } from '../../../src/status/cms-links.ts';
import { type StatusReport, type StatusRow, statusReport } from '../../../src/status/status-report.ts';
import type { Problem } from '../../../src/validation/problem.ts';
import { type ValidationResult, validateContent } from '../../../src/validation/validate.ts';
import { contentWarnings } from '../../../src/validation/warnings.ts';
import { removeContentDir } from '../../utils/content-dir.ts';
import { FIXED_NOW } from '../../utils/paths.ts';
import { testContext } from '../../utils/site-context.ts';
import { EXPECTED_ROWS, FEATURED_DRAFT, makeStatusContentDir } from '../../utils/status-fixture.ts';

const t = useTranslations('nb');
let dir: string;
let validation: ValidationResult;

beforeAll(() => {
	dir = makeStatusContentDir();
	validation = validateContent(dir);
	expect(validation.problems.filter((p) => p.severity === 'error')).toEqual([]);
});
afterAll(() => removeContentDir(dir));

const report = (command = 'build', now = FIXED_NOW, warnings?: Problem[]): StatusReport => {
	const ctx = testContext({ contentDir: dir, command, now });
	return statusReport(ctx, validation, warnings ?? contentWarnings(validation, ctx.now));
};
/** Every row with its group: `group|collection/id|kind`. */
const rowsOf = (r: StatusReport) => r.groups.flatMap((g) => g.rows.map((row) => `${g.id}|${row.collection}/${row.id}|${row.kind}`));
const rowOf = (r: StatusReport, entry: string, kind: string): StatusRow | undefined =>
	r.groups.flatMap((g) => g.rows).find((row) => `${row.collection}/${row.id}` === entry && row.kind === kind);

describe('statusReport', () => {
	it('has a row for each kind of thing to look at, under the organisation it belongs to', () => {
		const rows = rowsOf(report());
		expect(rows).toEqual(expect.arrayContaining(EXPECTED_ROWS.map((expected) => `${expected.group}|${expected.entry}|${expected.kind}`)));
	});

	it('has a row for every content warning, worded as check:content words it', () => {
		const r = report();
		const warnings = contentWarnings(validation, new Date(FIXED_NOW));
		expect(warnings.length).toBeGreaterThanOrEqual(4);
		const messages = r.groups.flatMap((g) => g.rows.filter((row) => row.kind === 'warning').map((row) => row.message));
		expect(messages.sort()).toEqual(warnings.map((w) => w.message).sort());
		expect(rowOf(r, 'events/fagdag-uten-materiell', 'warning')?.message).toBe(t('validation.warning.noMaterials'));
		expect(rowOf(r, 'topics/ubrukt-tema', 'warning')?.message).toBe(t('validation.warning.unusedTopic'));
	});

	it('links each row to its page and to its entry in the CMS', () => {
		const row = rowOf(report(), 'courses/gammel-e-laering', 'stale')!;
		expect(row.href).toBe('/kurs/gammel-e-laering/');
		expect(row.cmsHref).toBe('/admin/#/collections/courses/entries/gammel-e-laering');
		expect(row.title).toBe('Dokumentasjon i pasientjournalen (e-læring)');
		expect(row.message).toBe(t('status.stale', { date: '1. juni 2025', months: 12 }));
		const topic = rowOf(report(), 'topics/ubrukt-tema', 'warning')!;
		expect([topic.href, topic.cmsHref, topic.title]).toEqual(['/tema/ubrukt-tema/', cmsEntryPath('topics', 'ubrukt-tema'), 'Ernæring']);
	});

	it('counts upcoming courses and events (as organiser or partner) and this year’s news per organisation', () => {
		const counts = Object.fromEntries(report().groups.map((g) => [g.id, g.counts]));
		expect(counts['']).toBeUndefined();
		// Fjordby sykehus: its published courses not yet over, the webinar it is a partner in, news dated 2027.
		expect(counts['fjordby-sykehus']).toMatchObject({ upcomingEvents: 1 });
		expect(counts['tomt-foretak']).toEqual({ upcomingCourses: 0, upcomingEvents: 0, newsThisYear: 0 });
		expect(counts['nordvik-kommune']!.upcomingCourses).toBeGreaterThanOrEqual(1);
		// The past event without materials is not upcoming.
		const solberg = report().groups.find((g) => g.id === 'solberg-kommune')!;
		expect(solberg.counts!.upcomingEvents).toBe(0);
		// A year later the news of 2027 are last year's.
		const later = report('build', '2028-01-15T12:00:00Z').groups.map((g) => g.counts?.newsThisYear ?? 0);
		expect(later.every((n) => n === 0)).toBe(true);
		expect(report().groups.reduce((sum, g) => sum + (g.counts?.newsThisYear ?? 0), 0)).toBeGreaterThan(0);
	});

	it('lists an organisation’s rows by title, an entry’s rows together, its warning first', () => {
		const nordvik = report().groups.find((g) => g.id === 'nordvik-kommune')!.rows;
		const titles = nordvik.map((row) => row.title);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'nb')));
		const course = nordvik.filter((row) => row.id === 'legemiddelhandtering-tre-samlinger').map((row) => row.kind);
		expect(course).toEqual(['warning', 'undated']);
	});

	it('an entry is stale after 12 months to the day, not before', () => {
		// gammel-e-laering was updated 2025-06-01.
		expect(rowOf(report('build', '2026-06-01T12:00:00Z'), 'courses/gammel-e-laering', 'stale')).toBeUndefined();
		expect(rowOf(report('build', '2026-06-02T12:00:00Z'), 'courses/gammel-e-laering', 'stale')).toBeDefined();
	});

	it('ended offers do not go stale (they are records), organisations with an upcoming offer get no row', () => {
		const rows = rowsOf(report());
		expect(rows.filter((r) => r.includes('fagdag-uten-materiell|stale') || r.includes('fagdag-uten-materiell|undated'))).toEqual([]);
		expect(rows.filter((r) => r.endsWith('|noUpcomingOffer'))).toEqual(['tomt-foretak|organisations/tomt-foretak|noUpcomingOffer']);
	});

	it('leaves drafts out where the build does, shows them under astro dev', () => {
		const draft = 'courses/kladd-lindrende-stell';
		expect(rowsOf(report('build')).filter((r) => r.includes(draft))).toEqual([]);
		expect(report('build').includesDrafts).toBe(false);
		expect(rowsOf(report('dev'))).toContain(`fjordby-sykehus|${draft}|undated`);
		expect(report('dev').includesDrafts).toBe(true);
	});

	it('puts a warning about an ended featured entry on that entry, with its page and CMS links', () => {
		const r = report();
		const ended = t('validation.warning.featuredEnded');
		const rows = r.groups.flatMap((g) => g.rows.filter((row) => row.message === ended).map((row) => ({ group: g.id, ...row })));
		expect(rows).toEqual([
			{
				group: 'solberg-kommune',
				kind: 'warning',
				collection: 'events',
				id: 'fagdag-uten-materiell',
				title: 'Fagdag om fallforebygging i hjemmetjenesten',
				message: ended,
				href: '/arrangementer/fagdag-uten-materiell/',
				cmsHref: cmsEntryPath('events', 'fagdag-uten-materiell'),
			},
		]);
	});

	it('names a featured draft by its place in the list (not its title or slug), in the shared group, linked to the settings', () => {
		const warning = contentWarnings(validation, new Date(FIXED_NOW)).find((w) => w.message === t('validation.warning.featuredDraft'));
		expect(warning).toMatchObject({ file: 'site.yaml', field: 'featured.courses.1', value: FEATURED_DRAFT.slug });
		const shared = report().groups[0];
		expect(shared.id).toBe('');
		expect(shared.name).toBe(t('status.common'));
		const row = shared.rows.find((r) => r.message === warning!.message);
		expect(row).toEqual({
			kind: 'warning',
			collection: 'settings',
			id: 'site',
			title: 'Anbefalt på forsiden – kurs nr. 2',
			message: warning!.message,
			cmsHref: '/admin/#/collections/settings/entries/site',
		});
		expect(JSON.stringify(report())).not.toContain(FEATURED_DRAFT.slug);
		expect(JSON.stringify(report())).not.toContain('Kladdekurs');
		// Under astro dev, which shows drafts, the row is on the draft itself.
		expect(rowOf(report('dev'), `courses/${FEATURED_DRAFT.slug}`, 'warning')?.message).toBe(warning!.message);
	});

	it('puts other warnings about site.yaml in the shared group, linked to the settings in the CMS', () => {
		const warning: Problem = { file: 'site.yaml', field: 'contact.email', message: 'en melding', severity: 'warning' };
		expect(report('build', FIXED_NOW, [warning]).groups[0].rows).toEqual([
			{
				kind: 'warning',
				collection: 'settings',
				id: 'site',
				title: t('cms.file.site'),
				message: 'en melding',
				cmsHref: '/admin/#/collections/settings/entries/site',
			},
		]);
	});

	it('words its rows in the site’s language', () => {
		const ctx = testContext({ contentDir: dir });
		const sv = testContext({ site: { ...ctx.site, language: 'sv' }, contentDir: dir });
		const r = statusReport(sv, validation, []);
		expect(r.groups[0].name).toBe(useTranslations('sv')('status.common'));
		expect(rowOf(r, 'organisations/tomt-foretak', 'noUpcomingOffer')?.message).toBe(useTranslations('sv')('status.noUpcomingOffer'));
		expect(rowOf(r, 'courses/gammel-e-laering', 'stale')?.href).toBe(`/${useTranslations('sv')('route.courses')}/gammel-e-laering/`);
	});
});

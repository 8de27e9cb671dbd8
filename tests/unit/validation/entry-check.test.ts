import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { type SiteConfig, siteSchema } from '../../../src/schemas/site.ts';
import { checkEntry } from '../../../src/validation/entry-check.ts';
import { validCourse, validEvent, validOrganisation, validSession, validSite } from '../../utils/entries.ts';

const t = useTranslations('nb');
const site = (extra: Record<string, unknown> = {}): SiteConfig => siteSchema.parse({ ...validSite(), ...extra });
const regionalSite = () => site({ regions: [{ slug: 'follo', name: 'Follo' }] });
/** `[dotted path, message]` of each issue. */
const issues = (...args: Parameters<typeof checkEntry>) => checkEntry(...args).issues.map((i) => [i.path.join('.'), i.message]);

describe('checkEntry: the schema', () => {
	it('returns the schema output and no issues for a valid entry', () => {
		const result = checkEntry('courses', validCourse(), { site: site(), t });
		expect(result.issues).toEqual([]);
		expect(result.data).toMatchObject({ status: 'open', draft: false, partners: [] });
	});

	it('reports paths as arrays, with numbers for list items', () => {
		const data = { ...validCourse(), sessions: [validSession(), { ...validSession(), end: '2027-03-04T08:00' }] };
		const result = checkEntry('courses', data, { site: site(), t });
		expect(result.data).toBeUndefined();
		expect(result.issues).toEqual([{ path: ['sessions', 1, 'end'], message: 'slutt må være etter start' }]);
	});

	it('runs the cross-field rules: sessions unless e-learning, deadline not after the first session', () => {
		expect(issues('courses', { ...validCourse(), sessions: [] }, { t })).toEqual([
			['sessions', 'må ha minst én samling (unntatt e-læring)'],
		]);
		const late = { ...validCourse(), registration: { deadline: '2027-03-05T09:00' } };
		expect(issues('courses', late, { t })).toEqual([
			['registration.deadline', 'påmeldingsfristen er etter første samling (2027-03-04T09:00)'],
		]);
		expect(issues('events', { ...validEvent(), end: '2027-09-21T09:00' }, { t })).toEqual([['end', 'slutt må være etter start']]);
	});

	it('refuses other schemes than http(s) and images without alternative text', () => {
		const data = { ...validEvent(), online_url: 'javascript:alert(1)', image: { src: '/uploads/a.jpg' } };
		expect(
			issues('events', data, { t })
				.map(([path]) => path)
				.sort(),
		).toEqual(['image.alt', 'online_url']);
		expect(issues('events', { ...validEvent(), image: { src: '/uploads/a.jpg', decorative: true } }, { t })).toEqual([]);
	});

	it('reports a missing required field plainly', () => {
		const { title: _, ...untitled } = validCourse();
		expect(issues('courses', untitled, { t })).toEqual([['title', 'mangler (påkrevd felt)']]);
	});

	it('checks site.yaml with the site schema', () => {
		expect(issues('site', { ...validSite(), timezone: 'Europe/Fjordby' }, { t }).map(([path]) => path)).toEqual(['timezone']);
		expect(checkEntry('site', validSite(), { t }).data).toMatchObject({ language: 'nb', timezone: 'Europe/Oslo' });
	});
});

describe('checkEntry: rules that need site.yaml', () => {
	const gap = { ...validCourse(), sessions: [{ ...validSession(), start: '2027-03-28T02:30', end: '2027-03-28T04:00' }] };

	it('finds local times that do not exist in the site’s time zone (DST gap)', () => {
		const result = checkEntry('courses', gap, { site: site(), t });
		expect(result.issues).toEqual([
			{ path: ['sessions', 0, 'start'], message: 'klokkeslettet finnes ikke i Europe/Oslo (hoppes over ved overgang til sommertid)' },
		]);
		expect(result.data).toBeDefined();
	});

	it('a time zone without that gap accepts the same time', () => {
		expect(issues('courses', gap, { site: site({ timezone: 'America/New_York' }), t })).toEqual([]);
	});

	it('checks an organisation’s region against the site’s regions, by slug or name', () => {
		const withRegion = (region: string) => ({ ...validOrganisation(), region });
		expect(issues('organisations', withRegion('Sandvik'), { site: regionalSite(), t })).toEqual([
			['region', 'er ikke en av regionene i site.yaml (Follo)'],
		]);
		expect(issues('organisations', withRegion('follo'), { site: regionalSite(), t })).toEqual([]);
		expect(issues('organisations', withRegion('Follo'), { site: regionalSite(), t })).toEqual([]);
		expect(issues('organisations', withRegion('Sandvik'), { site: site(), t })).toEqual([]);
	});

	it('skips them without a site', () => {
		expect(issues('courses', gap, { t })).toEqual([]);
		expect(issues('organisations', { ...validOrganisation(), region: 'Sandvik' }, { t })).toEqual([]);
	});
});

describe('checkEntry in the browser', () => {
	it('bundles for the browser (with rolldown, Vite’s bundler) without Node built-ins or zod’s locales', async () => {
		const input = fileURLToPath(new URL('../../../src/validation/entry-check.ts', import.meta.url));
		const bundle = await build({ input, platform: 'browser', write: false, logLevel: 'silent', output: { format: 'esm' } });
		const code = bundle.output[0].code;
		expect(code).toMatch(/export \{[^}]*checkEntry/);
		expect(code).not.toMatch(/\bnode:[a-z]/);
		// zod's Norwegian locale says «Ugyldig input»; the messages come from the translation tables instead.
		expect(code).not.toContain('Ugyldig');
	}, 60_000);
});

import { describe, expect, it } from 'vitest';
import { tables, useTranslations } from '../../../src/i18n/index.ts';
import { nb, type UIKey } from '../../../src/i18n/nb.ts';
import { currencyOf, makeFormat } from '../../../src/lib/format.ts';
import { SITE_LANGUAGES } from '../../../src/schemas/enums.ts';

const KEYS = Object.keys(nb) as UIKey[];
const ROUTE_KEYS = KEYS.filter((key) => key.startsWith('route.'));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const others = (['nn', 'sv'] as const).map((lang) => [lang, tables[lang]] as const);

/** The route segments the languages issue fixes for each deployment. */
const SEGMENTS = {
	sv: {
		courses: 'kurser',
		events: 'evenemang',
		news: 'nyheter',
		topics: 'teman',
		organisations: 'organisationer',
		locations: 'platser',
		search: 'sok',
		accessibility: 'tillganglighet',
	},
	nn: {
		courses: 'kurs',
		events: 'arrangement',
		news: 'nyheiter',
		topics: 'tema',
		organisations: 'organisasjonar',
		locations: 'stader',
		search: 'sok',
		accessibility: 'tilgjengelegheit',
	},
};

describe.each(others)('the %s table', (lang, table) => {
	it('has every key of nb, non-empty, and no other key', () => {
		expect(KEYS.filter((key) => typeof table[key] !== 'string' || table[key].trim() === '')).toEqual([]);
		expect(Object.keys(table).filter((key) => !(key in nb))).toEqual([]);
	});

	it('has the same {placeholders} as nb in every string', () => {
		const differing = KEYS.filter((key) => placeholders(table[key]).join() !== placeholders(nb[key]).join());
		expect(differing).toEqual([]);
	});

	it('has the route segments of the issue', () => {
		for (const [section, segment] of Object.entries(SEGMENTS[lang])) expect(table[`route.${section}` as UIKey]).toBe(segment);
	});

	it('has a locale for Intl and a Decap CMS locale', () => {
		expect(table.locale).toBe({ nn: 'nn-NO', sv: 'sv-SE' }[lang]);
		expect(table['cms.locale']).toBe({ nn: 'nn_no', sv: 'sv' }[lang]);
	});
});

describe.each(SITE_LANGUAGES)('route segments of %s', (lang) => {
	const segments = ROUTE_KEYS.map((key) => tables[lang][key]);

	it('are unique', () => {
		expect(segments.filter((s, i) => segments.indexOf(s) !== i)).toEqual([]);
	});

	it('are URL-safe (a-z, 0-9, -)', () => {
		expect(segments.filter((s) => !/^[a-z0-9-]+$/.test(s))).toEqual([]);
	});
});

describe('formats of the Swedish and nynorsk deployments', () => {
	it('prices a Swedish site in SEK and a Norwegian one in NOK', () => {
		expect(currencyOf(tables.sv.locale)).toBe('SEK');
		expect(currencyOf(tables.nn.locale)).toBe('NOK');
		const t = useTranslations('sv');
		const sv = makeFormat(t('locale'), 'Europe/Stockholm', t);
		expect(sv.price(3200).replace(/\s/g, ' ')).toBe('3 200 kr');
		expect(sv.price(0)).toBe('Kostnadsfri');
	});

	it('writes Swedish and nynorsk day names in the site time zone', () => {
		const at = new Date('2027-03-16T08:00:00Z');
		const sv = useTranslations('sv');
		const nn = useTranslations('nn');
		expect(makeFormat(sv('locale'), 'Europe/Stockholm', sv).day(at)).toBe('tisdag 16 mars 2027');
		expect(makeFormat(sv('locale'), 'Europe/Stockholm', sv).time(at)).toBe('09:00');
		expect(makeFormat(nn('locale'), 'Europe/Oslo', nn).day(at)).toBe('tysdag 16. mars 2027');
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { GROUP_TITLE_KEYS } from '../../src/whats-new/whats-new.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';

/** A "now" whose 30 days (11 November – 10 December 2026) hold a course and a news item of the minimal fixture (calendar.test.ts builds it too). */
const DECEMBER = '2026-12-10T12:00:00Z';

// The shared builds other build tests use (same content and "now"): no extra build in a full run.
let minimal: BuiltSite;
let december: BuiltSite;
let sample: BuiltSite;
beforeAll(async () => {
	[minimal, december, sample] = await Promise.all([
		buildSite(minimalFixture, FIXED_NOW),
		buildSite(minimalFixture, DECEMBER),
		buildSite(sampleContent, FIXED_NOW),
	]);
}, 600_000);
afterAll(disposeBuilds);

const t = useTranslations('nb');
const cardTitles = (html: string) => elements(mainOf(html), 'h3').map((h) => textOf(h.inner));
const headings = (html: string) => elements(mainOf(html), 'h2').map((h) => textOf(h.inner));
const EMPTY = 'Ingenting er publisert eller oppdatert de siste 30 dagene.';

describe('the "Nytt siden sist" page', () => {
	it('lists what was published or updated in the last 30 days, and not what is older or a draft', () => {
		const html = minimal.read('/nytt/');
		expect(textOf(elements(html, 'h1')[0].inner)).toBe('Nytt siden sist');
		// "Now" is 15 January 2027: 30 days, today included, start on 17 December 2026.
		expect(textOf(mainOf(html))).toContain('Publisert eller oppdatert fra 17. des. 2026 til 15. jan. 2027.');
		const titles = cardTitles(html);
		expect(titles).toEqual(['Skrivetips: slik vises <b>fet</b>, & og "sitater" i titler', 'Kursprogrammet for våren 2027 er klart']);
		expect(titles).not.toContain('Ny avtale gir ansatte i kommunene hospitering på sykehuset'); // 1 December
		expect(titles).not.toContain('Trygg forflytning i sykehjem'); // published 1 December
		expect(html).not.toContain('Utkast til omtale av samarbeidsavtalen'); // a draft of 14 January
		expect(headings(html)).toEqual([t(GROUP_TITLE_KEYS.news)]);
	});

	it('groups courses before news, each under the list’s title (10 December 2026: a course and a news item of 1 December)', () => {
		const html = december.read('/nytt/');
		expect(textOf(mainOf(html))).toContain('Publisert eller oppdatert fra 11. nov. 2026 til 10. des. 2026.');
		expect(cardTitles(html)).toEqual(['Trygg forflytning i sykehjem', 'Ny avtale gir ansatte i kommunene hospitering på sykehuset']);
		expect(headings(html)).toEqual([t(GROUP_TITLE_KEYS.courses), t(GROUP_TITLE_KEYS.news)]);
		expect(textOf(mainOf(html))).not.toContain(EMPTY);
	});

	it('says that nothing is new when nothing was published or updated in the window (the sample content on 15 January 2027)', () => {
		const html = sample.read('/nytt/');
		expect(cardTitles(html)).toEqual([]);
		expect(textOf(mainOf(html))).toContain(EMPTY);
	});

	it('is linked from the home page and listed in the sitemap', () => {
		for (const site of [minimal, sample]) {
			const links = elements(mainOf(site.read('/')), 'a').filter((a) => a.attributes.href === '/nytt/');
			expect(links.map((a) => textOf(a.inner))).toEqual(['Nytt siden sist: alt som er publisert eller oppdatert den siste måneden']);
			expect(site.read('/sitemap-0.xml')).toMatch(/<loc>https:\/\/[^<]+\/nytt\/<\/loc>/);
		}
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContentIndex, type IndexEntries } from '../../src/content-layer/content-index.ts';
import { countOf, WHATS_NEW_GROUPS, whatsNew } from '../../src/whats-new/whats-new.ts';
import { recentWindow } from '../../src/whats-new/window.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { elements, mainOf, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { testContext } from '../utils/site-context.ts';
import { fixtureEntries } from '../utils/site-map.ts';

// Both builds are the shared ones other build tests use (same content and "now"): no extra build.
let minimal: BuiltSite;
let sample: BuiltSite;
beforeAll(async () => {
	[minimal, sample] = await Promise.all([buildSite(minimalFixture, FIXED_NOW), buildSite(sampleContent, FIXED_NOW)]);
});
afterAll(disposeBuilds);

const cardTitles = (html: string) => elements(mainOf(html), 'h3').map((h) => textOf(h.inner));

describe('the "Nytt siden sist" page', () => {
	it('lists what was published or updated in the last 30 days, and not what is older or a draft', () => {
		const html = minimal.read('/nytt/');
		expect(textOf(elements(html, 'h1')[0].inner)).toBe('Nytt siden sist');
		// "Now" is 15 January 2027: the window starts 30 days before, on 16 December 2026.
		expect(textOf(mainOf(html))).toContain('Publisert eller oppdatert fra 16. des. 2026 til 15. jan. 2027.');
		const titles = cardTitles(html);
		expect(titles).toEqual(['Skrivetips: slik vises <b>fet</b>, & og "sitater" i titler', 'Kursprogrammet for våren 2027 er klart']);
		expect(titles).not.toContain('Ny avtale gir ansatte i kommunene hospitering på sykehuset'); // 1 December
		expect(titles).not.toContain('Trygg forflytning i sykehjem'); // published 1 December
		expect(html).not.toContain('Utkast til omtale av samarbeidsavtalen'); // a draft of 14 January
		expect(elements(mainOf(html), 'h2').map((h) => textOf(h.inner))).toEqual(['Nyheter']);
	});

	it('shows exactly the selection of the validated content (sample content), or says that nothing is new', () => {
		const ctx = testContext({ contentDir: sampleContent, now: FIXED_NOW });
		const entries = fixtureEntries(sampleContent).filter((e) => !e.draft);
		const grouped = Object.fromEntries(
			['organisations', 'topics', 'locations', 'courses', 'events', 'news', 'programmes'].map((key) => [
				key,
				entries.filter((e) => e.collection === key).map(({ id, data }) => ({ id, data })),
			]),
		) as unknown as IndexEntries;
		const selection = whatsNew(buildContentIndex(ctx, grouped), recentWindow(ctx.now, ctx.site.timezone));
		const html = sample.read('/nytt/');
		expect(cardTitles(html)).toEqual(WHATS_NEW_GROUPS.flatMap((group) => selection[group].map((item) => item.data.title)));
		const empty = 'Ingenting er publisert eller oppdatert de siste 30 dagene.';
		if (countOf(selection) === 0) expect(textOf(mainOf(html))).toContain(empty);
		else expect(textOf(mainOf(html))).not.toContain(empty);
	});

	it('is linked from the home page and listed in the sitemap', () => {
		for (const site of [minimal, sample]) {
			const links = elements(mainOf(site.read('/')), 'a').filter((a) => a.attributes.href === '/nytt/');
			expect(links.map((a) => textOf(a.inner))).toEqual(['Nytt siden sist: alt som er publisert eller oppdatert den siste måneden']);
			expect(site.read('/sitemap-0.xml')).toMatch(/<loc>https:\/\/[^<]+\/nytt\/<\/loc>/);
		}
	});
});

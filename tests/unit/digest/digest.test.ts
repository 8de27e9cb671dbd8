import { describe, expect, it } from 'vitest';
import { makeDigest } from '../../../src/digest/digest.ts';
import { digestHtml } from '../../../src/digest/html.ts';
import { digestText } from '../../../src/digest/text.ts';
import { emailProblems } from '../../utils/email-html.ts';
import { decodeEntities, elements, textOf } from '../../utils/html.ts';
import { testContext } from '../../utils/site-context.ts';
import { WINDOW, whatsNewIndex } from '../../utils/whats-new-entries.ts';

const ctx = testContext();
const index = whatsNewIndex(ctx);
const digest = makeDigest(ctx, index, WINDOW);
const html = digestHtml(digest);
const text = digestText(digest);
const SITE = 'https://kompetansebroen.example.no/';
const titlesOf = (doc: string) => elements(doc, 'h3').map((h) => textOf(h.inner));

describe('the digest as HTML for e-mail', () => {
	it('is fit for mail clients: tables and inline styles, absolute links, lang, preheader, ≤ 640 px, both colours set', () => {
		expect(emailProblems(html, SITE)).toEqual([]);
		expect(elements(html, 'html')[0].attributes.lang).toBe('nb');
		expect(elements(html, 'table').length).toBeGreaterThanOrEqual(2);
	});

	it('the checks catch what a mail client would break on', () => {
		const bad = html
			.replace('</head>', '<style>h1{color:red}</style><script>alert(1)</script></head>')
			.replace(`href="${SITE}`, 'href="/')
			.replace('width="640"', 'width="800"')
			.replace('<html lang="nb">', '<html>');
		expect(emailProblems(bad, SITE)).toEqual(
			expect.arrayContaining([
				'<style> element',
				'<script> element',
				'link not absolute on the site: /',
				'width="800" on <table>',
				'no lang on <html>',
			]),
		);
	});

	it('has a header with the site and the window, then the groups in order, each item linked to its page', () => {
		expect(textOf(elements(html, 'h1')[0].inner)).toBe('Nytt siden sist');
		expect(textOf(html)).toContain('Publisert eller oppdatert fra 1. jan. 2027 til 15. jan. 2027.');
		expect(elements(html, 'h2').map((h) => textOf(h.inner))).toEqual(['Kurs og e-læring', 'Arrangementer', 'Program', 'Nyheter']);
		expect(titlesOf(html)).toEqual([
			'Legemidler for alle <&> "regioner"',
			'Demens i Follo',
			'Demens i Oslo',
			'Demens på nett',
			'Fagdag om legemidler',
			'Demensprogrammet',
			'Nytt fra Oslo',
			'Nytt fra Follo',
			'En oppdatert nyhet',
		]);
		const links = elements(html, 'h3').map((h) => elements(h.inner, 'a')[0].attributes.href);
		expect(links[0]).toBe(`${SITE}kurs/felles-kurs-in/`);
		expect(links.at(-1)).toBe(`${SITE}nyheter/oppdatert-nyhet-in/`);
	});

	it('escapes text: a title with markup characters stays text', () => {
		expect(html).toContain('Legemidler for alle &lt;&amp;&gt; &quot;regioner&quot;');
		expect(html).not.toContain('<&>');
	});

	it('each item says when, where, who organises it and the registration state, as the cards do', () => {
		const item = (title: string) => {
			const cell = elements(html, 'td').find((td) => elements(td.inner, 'h3').some((h) => textOf(h.inner) === title));
			return textOf(cell?.inner ?? '');
		};
		expect(item('Demens i Follo')).toContain('Når: mandag 1. mars 2027, 09:00–15:00');
		expect(item('Demens i Follo')).toContain('Hvor: Follo-salen');
		expect(item('Demens i Follo')).toContain('Arrangør: Follo kommune');
		expect(item('Demens i Follo')).toContain('Påmelding: Åpen for påmelding');
		expect(item('Demens i Oslo')).toContain('Hvor: Digitalt');
		expect(item('Demens på nett')).toContain('Varighet: 45 min');
		expect(item('Demens på nett')).toContain('Hvor: E-læring');
		expect(item('Demens på nett')).toContain('Arrangør: Nitelva universitetssykehus');
		expect(item('Fagdag om legemidler')).toContain('Når: onsdag 10. februar 2027, 10:00–14:00');
		expect(item('Nytt fra Oslo')).toContain('Publisert: 14. jan. 2027');
		expect(item('Nytt fra Oslo')).toContain('Organisasjon: Oslo kommune');
	});

	it('has a hidden preheader and a footer with the contact address and the feeds', () => {
		const preheader = elements(html, 'div')[0];
		expect(textOf(preheader.inner)).toMatch(/^Nytt fra 1\. jan\. 2027 til 15\. jan\. 2027: Legemidler for alle/);
		const hrefs = elements(html, 'a').map((a) => a.attributes.href);
		expect(hrefs).toEqual(
			expect.arrayContaining([
				'mailto:kompetansebroen@nus.example',
				`${SITE}kurs/rss.xml`,
				`${SITE}arrangementer/rss.xml`,
				`${SITE}rss.xml`,
				SITE,
			]),
		);
	});

	it('is worded in the site language: nynorsk and Swedish', () => {
		for (const [language, heading, group] of [
			['nn', 'Nytt sidan sist', 'Nyheiter'],
			['sv', 'Nytt sedan sist', 'Nyheter'],
		] as const) {
			const other = testContext({ site: { ...ctx.site, language } });
			const doc = digestHtml(makeDigest(other, whatsNewIndex(other), WINDOW));
			expect(elements(doc, 'html')[0].attributes.lang).toBe(language);
			expect(textOf(elements(doc, 'h1')[0].inner)).toBe(heading);
			expect(elements(doc, 'h2').map((h) => textOf(h.inner))).toContain(group);
			expect(emailProblems(doc, SITE)).toEqual([]);
		}
	});
});

describe('the digest as plain text', () => {
	it('holds the same items as the HTML, in the same order, each with its link', () => {
		const titles = titlesOf(html);
		const positions = titles.map((title) => text.indexOf(`\n${title}\n`));
		expect(positions.every((at) => at > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
		for (const a of elements(html, 'h3').map((h) => elements(h.inner, 'a')[0].attributes.href)) expect(text).toContain(`\n${a}\n`);
		expect(text).not.toMatch(/<[a-z]/i);
		expect(decodeEntities(text)).toBe(text);
	});

	it('has the same header and footer', () => {
		expect(text).toMatch(/^Kompetansebroen\n\nNytt siden sist\n=+\nPublisert eller oppdatert fra 1\. jan\. 2027 til 15\. jan\. 2027\./);
		expect(text).toContain('kompetansebroen@nus.example');
		expect(text).toContain(`${SITE}kurs/rss.xml`);
	});
});

describe('a filtered digest', () => {
	it('says its region or topic and holds only their items', () => {
		const follo = makeDigest(ctx, index, { ...WINDOW, region: 'follo' });
		expect(follo.scope).toBe('Region: Follo');
		const titles = titlesOf(digestHtml(follo));
		expect(titles).toContain('Demens i Follo');
		expect(titles).not.toContain('Demens i Oslo');
		expect(titles).not.toContain('Nytt fra Oslo');
		const topic = makeDigest(ctx, index, { ...WINDOW, topic: 'legemidler' });
		expect(topic.scope).toBe('Tema: Legemidler');
		expect(titlesOf(digestHtml(topic))).toEqual(['Legemidler for alle <&> "regioner"', 'Fagdag om legemidler']);
		expect(digestText(topic)).toContain('Tema: Legemidler');
		// Their readers are pointed at the feeds of the topic or the region.
		expect(topic.footer.feeds.map((f) => f.url)).toEqual([
			`${SITE}tema/legemidler/kurs.xml`,
			`${SITE}tema/legemidler/arrangementer.xml`,
			`${SITE}tema/legemidler/rss.xml`,
		]);
		expect(follo.footer.feeds.map((f) => f.url)).toEqual([
			`${SITE}region/follo/kurs.xml`,
			`${SITE}region/follo/arrangementer.xml`,
			`${SITE}rss.xml`,
		]);
	});

	it('points at region feeds only for a region of site.yaml (the only regions with feeds)', () => {
		// An organisation's region on a site without regions, or any other name, has no feeds: the site's feeds instead.
		const noRegions = testContext({ site: { ...ctx.site, regions: [] } });
		const other = makeDigest(noRegions, whatsNewIndex(noRegions), { ...WINDOW, region: 'follo' });
		expect(other.footer.feeds.map((f) => f.url)).toEqual([`${SITE}kurs/rss.xml`, `${SITE}arrangementer/rss.xml`, `${SITE}rss.xml`]);
	});

	it('an empty window has nothing to send', () => {
		expect(makeDigest(ctx, index, { since: '2025-01-01', until: '2025-01-31' }).count).toBe(0);
	});
});

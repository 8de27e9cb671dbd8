import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { makeContentDir, removeContentDir } from '../utils/content-dir.ts';
import { elements, jsonLd, textOf } from '../utils/html.ts';
import { FIXED_NOW, minimalFixture, sampleContent } from '../utils/paths.ts';
import { fixtureEntries } from '../utils/site-map.ts';

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });

/** Every `<loc>` of the sitemap index's sitemaps (each read from the build by its path). */
function sitemapUrls(site: BuiltSite, siteUrl: string): string[] {
	const index = parser.parse(site.read('/sitemap-index.xml')).sitemapindex.sitemap as { loc: string }[];
	expect(index.length).toBeGreaterThan(0);
	return index.flatMap(({ loc }) => {
		expect(loc.startsWith(siteUrl), loc).toBe(true);
		return (parser.parse(site.read(new URL(loc).pathname)).urlset.url as { loc: string }[]).map((u) => u.loc);
	});
}

/** The `content` of `<meta property|name=key>` elements of a page. */
const meta = (html: string, key: string) =>
	elements(html, 'meta')
		.filter((m) => (m.attributes.property ?? m.attributes.name) === key)
		.map((m) => m.attributes.content);
const canonical = (html: string) =>
	elements(html, 'link')
		.filter((l) => l.attributes.rel === 'canonical')
		.map((l) => l.attributes.href);

afterAll(disposeBuilds);

describe.each([
	['the minimal fixture', minimalFixture],
	['the sample content', sampleContent],
])('SEO basics of %s', (_, dir) => {
	const entries = fixtureEntries(dir);
	const { url: siteUrl, name } = loadSiteConfig(dir, {});
	const abs = (path: string) => new URL(path, siteUrl).href;
	const articles = new Set(entries.filter((e) => e.collection === 'news').map((e) => e.url));
	let site: BuiltSite;
	let pages: string[];
	beforeAll(async () => {
		site = await buildSite(dir, FIXED_NOW);
		pages = site.pages().filter((page) => !page.startsWith('/admin/') && page !== '/404.html');
	});

	it('the sitemap lists every published page and nothing else: no drafts, no /admin/', () => {
		const urls = sitemapUrls(site, siteUrl);
		const published = entries.filter((e) => !e.draft).map((e) => abs(e.url));
		expect(published.length).toBeGreaterThan(10);
		expect(published.filter((u) => !urls.includes(u))).toEqual([]);
		expect(entries.filter((e) => e.draft && urls.includes(abs(e.url)))).toEqual([]);
		expect(urls.filter((u) => new URL(u).pathname.startsWith('/admin'))).toEqual([]);
		expect(urls.sort()).toEqual(pages.map(abs).sort());
	});

	it('robots.txt allows everything but /admin/ and points to the sitemap', () => {
		const lines = site.read('/robots.txt').split('\n');
		expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /admin/', `Sitemap: ${abs('/sitemap-index.xml')}`]));
	});

	it('every page has its canonical URL, Open Graph tags and a Twitter card; no image, no og:image', () => {
		for (const page of pages) {
			const html = site.read(page);
			const title = textOf(elements(html, 'title')[0].inner);
			expect(canonical(html), page).toEqual([abs(page)]);
			expect(meta(html, 'og:url'), page).toEqual([abs(page)]);
			expect(meta(html, 'og:site_name'), page).toEqual([name]);
			expect(meta(html, 'og:locale'), page).toEqual(['nb_NO']);
			expect(meta(html, 'og:type'), page).toEqual([articles.has(page) ? 'article' : 'website']);
			expect(meta(html, 'og:title'), page).toEqual([title === name ? name : title.replace(` – ${name}`, '')]);
			expect(meta(html, 'og:description'), page).toEqual(meta(html, 'description'));
			expect(meta(html, 'description'), page).toHaveLength(1);
			expect(meta(html, 'og:image'), page).toEqual([]);
			expect(meta(html, 'twitter:card'), page).toEqual(['summary']);
		}
	});

	it('the meta description of a detail page is its summary', () => {
		for (const entry of entries.filter((e) => !e.draft && e.data.summary)) {
			expect(meta(site.read(entry.url), 'description'), entry.url).toEqual([entry.data.summary]);
		}
	});

	it('the 404 page is not indexed and claims no canonical URL', () => {
		const html = site.read('/404.html');
		expect(meta(html, 'robots')).toEqual(['noindex']);
		expect(canonical(html)).toEqual([]);
		expect(meta(html, 'og:url')).toEqual([]);
	});
});

describe('images and KB_SITE_URL', () => {
	const staging = 'https://staging.example';
	const news = '/nyheter/nytt-simuleringsrom/';
	const photo = 'https://bilder.example/simulering.jpg';
	const alt = 'Sykepleiere øver på en simuleringsdukke';
	const files = {
		'news/nytt-simuleringsrom.mdx': `---\ntitle: Nytt simuleringsrom er åpnet\nsummary: Kommunene kan nå øve på akutte situasjoner i et nytt simuleringsrom.\ndate: "2027-01-13"\norganisation: fjordby-sykehus\nimage:\n  src: ${photo}\n  alt: ${alt}\n---\n\nRommet ligger i tredje etasje.\n`,
		'organisations/solberg-kommune.yaml':
			'name: Solberg kommune\nkind: municipality\nlogo:\n  src: /favicon.svg\n  alt: Solberg kommunes logo\n',
	};
	let dir: string;
	let site: BuiltSite;
	beforeAll(async () => {
		dir = makeContentDir({ files });
		site = await buildSite(dir, FIXED_NOW, { KB_SITE_URL: staging });
	});
	afterAll(() => removeContentDir(dir));

	it('an entry with an image gets og:image (absolute), its alt text and a large Twitter card', () => {
		const html = site.read(news);
		expect(meta(html, 'og:image')).toEqual([photo]);
		expect(meta(html, 'og:image:alt')).toEqual([alt]);
		expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
		expect((jsonLd(html) as Record<string, unknown>[]).find((b) => b['@type'] === 'NewsArticle')?.image).toBe(photo);
	});

	it('a site path becomes an absolute URL on the site', () => {
		const html = site.read('/organisasjoner/solberg-kommune/');
		expect(meta(html, 'og:image')).toEqual([`${staging}/favicon.svg`]);
		expect((jsonLd(html) as Record<string, unknown>[]).find((b) => b['@type'] === 'Organization')?.logo).toBe(`${staging}/favicon.svg`);
	});

	it('KB_SITE_URL is the base of canonical URLs, the sitemap, robots.txt and feeds', () => {
		expect(canonical(site.read(news))).toEqual([`${staging}${news}`]);
		expect(sitemapUrls(site, staging)).toContain(`${staging}${news}`);
		expect(site.read('/robots.txt')).toContain(`Sitemap: ${staging}/sitemap-index.xml`);
		expect(site.read('/rss.xml')).toContain(`<link>${staging}${news}</link>`);
	});
});

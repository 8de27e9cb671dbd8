import type { APIRoute } from 'astro';
import { context } from 'virtual:kb/context';
const { site } = context;

export const prerender = true;

/** `/robots.txt`: everything may be crawled except the CMS; points to the sitemap. */
export const GET: APIRoute = () =>
	new Response(
		['User-agent: *', 'Allow: /', 'Disallow: /admin/', '', `Sitemap: ${new URL('/sitemap-index.xml', site.url).href}`, ''].join('\n'),
		{
			headers: { 'content-type': 'text/plain; charset=utf-8' },
		},
	);

import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Under `astro dev`, Astro gives every page Vite's HMR client and the dev toolbar. The admin page
 * needs neither, and both get in the editor's way:
 *
 * - The HMR client reloads the page whenever Astro's content layer changes: Astro broadcasts a
 *   full reload to every open page when its data store is rewritten. decap-server writes into
 *   `content/` on every save, and in git mode (`DECAP_MODE=git npm run cms`) it checks out a
 *   `cms/…` branch and back for every request about an unpublished entry. Each such round trip
 *   reloaded the admin; the reloaded workflow board asked for its entries again, which checked out
 *   their branches again: with one entry in review, the board reloaded every 7–10 s (7 and 8
 *   reloads in 60 s, measured on this loaded 2-core machine) and never finished loading. After a
 *   save, the entry's editor did the same (it loads the entry from its branch): reloaded every
 *   4–5 s and was blank most of the time, Decap starting again. Now: 0 reloads in 60 s, and none
 *   while an entry is created, reviewed and published (tests/e2e/cms-workflow.test.ts). Decap is a prebuilt single-page app:
 *   nothing on the page can be hot-updated, so the editor loses nothing but unwanted reloads
 *   (after a change to the code in `cms/`, reload by hand).
 * - The dev toolbar covers the bottom of Decap's editor.
 *
 * Astro 7 has no per-page switch for either (`devToolbar.enabled` is for the whole site, which
 * keeps its toolbar and live reload), so this middleware takes the three tags out of the admin
 * page's HTML. Dev server only; the built admin page never has them.
 */

/** The tags Astro's dev server adds to the head of a page (astro/dist/vite-plugin-app/environment.js). */
const DEV_TAGS = [
	/<script type="module" src="\/@vite\/client"><\/script>/,
	/<script type="module" src="\/@id\/astro\/runtime\/client\/dev-toolbar\/entrypoint\.js"><\/script>/,
	/<script>window\.__astro_dev_toolbar__ = [^<]*<\/script>/,
];

/** The admin page's HTML without Vite's HMR client and the dev toolbar. */
export function withoutDevTags(html: string): string {
	return DEV_TAGS.reduce((page, tag) => page.replace(tag, ''), html);
}

type Next = (error?: unknown) => void;

/**
 * Connect middleware for the dev server: buffers the response to `GET /admin/` (a small page)
 * and sends it without the dev tags. Other requests, and error pages (whose message Vite's
 * overlay shows), pass through untouched.
 */
export function adminDevPage(req: IncomingMessage, res: ServerResponse, next: Next): void {
	const path = req.url?.split('?')[0];
	if (req.method !== 'GET' || (path !== '/admin/' && path !== '/admin/index.html')) return next();
	const chunks: Buffer[] = [];
	const write = res.write.bind(res) as (chunk: Buffer) => boolean;
	const end = res.end.bind(res) as () => ServerResponse;
	const collect = (chunk: unknown) => {
		if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
	};
	res.write = ((chunk: unknown) => {
		collect(chunk);
		return true;
	}) as typeof res.write;
	res.end = ((chunk?: unknown) => {
		collect(chunk);
		const body = Buffer.concat(chunks);
		write(res.statusCode === 200 ? Buffer.from(withoutDevTags(body.toString('utf8'))) : body);
		return end();
	}) as typeof res.end;
	next();
}

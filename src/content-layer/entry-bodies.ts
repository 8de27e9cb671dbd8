import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteContext } from '../context/site-context.ts';
import type { CollectionKey } from '../schemas/index.ts';

/**
 * Rendered MDX bodies by collection and entry id, kept in one JSON file per collection in the
 * context's `bodiesDir` rather than in Astro's data store, which Astro inlines into the server
 * bundle: at 10,000 entries, bundling took 1.3 s and 200 MiB more with the bodies in the store.
 * The content loader and the pages run in different module graphs; the file is how the bodies
 * cross from one to the other.
 */
const fileOf = (ctx: SiteContext, collection: CollectionKey) => join(ctx.input.bodiesDir, `${collection}.json`);

/** Replaces a collection's bodies (the content loader, on every sync). Written whole, then renamed: a reader never sees half a file. */
export function storeBodies(ctx: SiteContext, collection: CollectionKey, byId: Map<string, string>): void {
	const file = fileOf(ctx, collection);
	mkdirSync(ctx.input.bodiesDir, { recursive: true });
	writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(Object.fromEntries(byId)));
	renameSync(`${file}.${process.pid}.tmp`, file);
}

/** The bodies of a collection as last read, with the file's modification time (`astro dev` re-reads a changed file). */
const loaded = new Map<string, { mtimeMs: number; byId: Record<string, string> }>();

/** An entry's body as HTML. Throws when the content loader has not stored it: a page never ships without its text. */
export function bodyHtml(ctx: SiteContext, collection: CollectionKey, id: string): string {
	const file = fileOf(ctx, collection);
	let cached = loaded.get(file);
	const mtimeMs = cached && !ctx.isDevServer ? cached.mtimeMs : statSync(file, { throwIfNoEntry: false })?.mtimeMs;
	if (mtimeMs !== undefined && cached?.mtimeMs !== mtimeMs) {
		cached = { mtimeMs, byId: JSON.parse(readFileSync(file, 'utf8')) as Record<string, string> };
		loaded.set(file, cached);
	}
	const html = cached?.byId[id];
	if (html === undefined)
		throw new Error(`teksten til ${collection}/${id} er ikke lastet (innholdslasteren har ikke kjørt i denne prosessen)`);
	return html;
}

import type { CollectionKey } from '../schemas/index.ts';

/**
 * Rendered MDX bodies by collection and entry id. The content loader puts them here rather than
 * in Astro's data store, which Astro inlines into the server bundle: at 10,000 entries, bundling
 * took 1.3 s and 200 MiB more with the bodies in the store. The loader and the pages run in the
 * same process (`astro build` and `astro dev`) but load their own copies of this module, so the
 * map lives on `globalThis`.
 */
const bodies = ((globalThis as { __kbBodies?: Map<CollectionKey, Map<string, string>> }).__kbBodies ??= new Map<CollectionKey, Map<string, string>>());

/** Replaces a collection's bodies (the content loader, on every sync). */
export function storeBodies(collection: CollectionKey, byId: Map<string, string>): void {
	bodies.set(collection, byId);
}

/** An entry's body as HTML. Throws when the content loader has not stored it: a page never ships without its text. */
export function bodyHtml(collection: CollectionKey, id: string): string {
	const html = bodies.get(collection)?.get(id);
	if (html === undefined) throw new Error(`teksten til ${collection}/${id} er ikke lastet (innholdslasteren har ikke kjørt i denne prosessen)`);
	return html;
}

import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { compileBodyCached } from '../mdx/cache.ts';
import { type CollectionKey, collections } from '../schemas/index.ts';
import { contentDir } from '../site/config.ts';
import { includeDrafts } from '../site/command.ts';
import { listCollectionFiles, slugOf } from '../validation/validate.ts';
import { readSource } from '../validation/source.ts';

/**
 * Loads one collection from the content folder. MDX bodies are parsed with the MDX parser and
 * stored as HTML (never compiled to JavaScript); the content check has already rejected
 * anything invalid. Drafts are kept in development only.
 */
export function contentLoader(key: CollectionKey): Loader {
	return {
		name: 'kompetansebroen:content',
		load: async ({ store, parseData, generateDigest, watcher }) => {
			const dir = contentDir();
			const folder = join(dir, collections[key].folder);
			const sync = async () => {
				store.clear();
				for (const name of listCollectionFiles(dir, key)) {
					const id = slugOf(name, key);
					if (!id) continue;
					const source = readSource(join(folder, name), `${collections[key].folder}/${name}`);
					const raw = source.data as Record<string, unknown>;
					if (raw?.draft === true && !includeDrafts()) continue;
					const data = await parseData({ id, data: raw, filePath: source.path });
					const body = source.body;
					store.set({
						id,
						data,
						body,
						filePath: relative(process.cwd(), source.path),
						digest: generateDigest(body === undefined ? raw : { raw, body }),
						rendered: body === undefined ? undefined : { html: compileBodyCached(source.path, body).html, metadata: {} },
					});
				}
			};
			await sync();
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder)) void sync();
			});
		},
	};
}

import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { type CollectionKey, collections } from '../schemas/index.ts';
import { BuildState } from '../context/build-state.ts';
import { formatReport } from '../validation/problem.ts';
import { checkFile, type FileContext, fileStamp, listCollectionFiles, type ValidEntry } from '../validation/validate.ts';
import { storeBodies } from './entry-bodies.ts';

/** How long the content folder must be quiet under `astro dev` before a change is loaded (see the watcher below). */
const SETTLE_MS = 1500;

/**
 * Loads one collection from the content folder. Entries the content check validated in this
 * run are taken as they are while their file is unchanged; other files (edited during
 * `astro dev`) are checked again here. MDX bodies, rendered to HTML (never compiled to
 * JavaScript), go to `entry-bodies.ts`, not into the data store. Drafts are kept in development only.
 * The run's context and validated entries come from the Astro config (`BuildState.of`).
 */
export function contentLoader(key: CollectionKey): Loader {
	return {
		name: 'kompetansebroen:content',
		// Astro's Loader wants a Promise (nothing here awaits) and types its bound generateDigest as a method.
		// eslint-disable-next-line @typescript-eslint/require-await, @typescript-eslint/unbound-method
		load: async ({ config, store, generateDigest, watcher, logger }) => {
			const state = BuildState.of(config);
			const { context } = state;
			const dir = context.input.contentDir;
			const folder = join(dir, collections[key].folder);
			let ctx: FileContext | undefined;
			const entryOf = (name: string, known: Map<string, ValidEntry>): ValidEntry | undefined => {
				const file = `${collections[key].folder}/${name}`;
				const entry = known.get(file);
				if (entry && entry.stamp === fileStamp(join(dir, file))) return entry;
				ctx ??= { contentDir: dir, publicDir: context.input.publicDir, site: context.site, lang: context.lang };
				const checked = checkFile(ctx, key, name);
				const errors = checked.problems.filter((p) => p.severity === 'error');
				if (errors.length) throw new Error(`${context.t('validation.report.failed', { dir })}\n${formatReport(errors, context.t)}`);
				return checked.entry;
			};
			// Every file is checked before the store changes: on an error, the store keeps the last valid content.
			const sync = () => {
				const known = new Map(state.validation.entries[key].map((e) => [e.file, e]));
				ctx = undefined;
				const entries = listCollectionFiles(dir, key)
					.map((name) => entryOf(name, known))
					.filter((entry): entry is ValidEntry => !!entry && (entry.data.draft !== true || context.includeDrafts));
				const bodies = new Map<string, string>();
				store.clear();
				for (const entry of entries) {
					store.set({
						id: entry.id,
						data: entry.data,
						filePath: relative(process.cwd(), join(dir, entry.file)),
						digest: generateDigest(entry.body === undefined ? entry.data : { data: entry.data, body: entry.body }),
					});
					if (entry.html !== undefined) bodies.set(entry.id, entry.html);
				}
				storeBodies(context, key, bodies);
			};
			sync();
			if (!watcher) return;
			// Under `astro dev` a change is loaded once the folder has been quiet for SETTLE_MS, and an
			// invalid folder is logged while the site keeps its last valid content (the dev server runs on).
			// Writers change the folder in bursts: decap-server in git mode checks out a `cms/…` branch
			// and back for each request about an unpublished entry and for each save (an add and an
			// unlink per file; a save held the branch 0.2–0.8 s on this loaded 2-core machine), and a
			// file may be seen half written. Synced on every event, each round trip rewrote Astro's data
			// store twice (Astro then reloads every open page), showed the review branch's draft in
			// between, and half-written files threw unhandled rejections. After a burst the folder is
			// as it was, and Astro, which writes its store only when it differs, reloads nothing: with an
			// entry in review and the workflow board open for 60 s, a site page reloaded 8 times before,
			// 0 times after. A publish (the branch merged into the checked-out branch) is a real change
			// and shows.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const settled = () => {
				try {
					sync();
				} catch (error) {
					logger.error(error instanceof Error ? error.message : String(error));
				}
			};
			watcher.add(folder);
			watcher.on('all', (_event, path) => {
				if (!path.startsWith(folder)) return;
				clearTimeout(timer);
				timer = setTimeout(settled, SETTLE_MS);
			});
		},
	};
}

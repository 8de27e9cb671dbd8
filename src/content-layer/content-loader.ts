import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { type CollectionKey, collections } from '../schemas/index.ts';
import { BuildState } from '../context/build-state.ts';
import { formatReport } from '../validation/problem.ts';
import { checkFile, type FileContext, fileStamp, listCollectionFiles, type ValidEntry } from '../validation/validate.ts';
import { storeBodies } from './entry-bodies.ts';

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
		load: async ({ config, store, generateDigest, watcher }) => {
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
			const sync = () => {
				const known = new Map(state.validation.entries[key].map((e) => [e.file, e]));
				ctx = undefined;
				const bodies = new Map<string, string>();
				store.clear();
				for (const name of listCollectionFiles(dir, key)) {
					const entry = entryOf(name, known);
					if (!entry || (entry.data.draft === true && !context.includeDrafts)) continue;
					store.set({
						id: entry.id,
						data: entry.data,
						filePath: relative(process.cwd(), join(folder, name)),
						digest: generateDigest(entry.body === undefined ? entry.data : { data: entry.data, body: entry.body }),
					});
					if (entry.html !== undefined) bodies.set(entry.id, entry.html);
				}
				storeBodies(context, key, bodies);
			};
			sync();
			watcher?.add(folder);
			watcher?.on('all', (_event, path) => {
				if (path.startsWith(folder)) sync();
			});
		},
	};
}

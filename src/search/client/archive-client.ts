// The archive choice of the search page ("Søk også i arkivet", src/search/archive.ts): which
// Pagefind instance a search runs on, and what a search without the archive leaves out.
// Pagefind's `mergeIndex` adds an index to an instance for good (there is no way to remove it), so
// the archive lives in a second instance (`createInstance`, the current index with the archive
// merged), made the first time the reader asks for it; turning the archive off goes back to the
// first instance, which never saw the archive. Both share Pagefind's one web worker, and the second
// reads the current index's files from the browser's cache.
import { ARCHIVE_FOLDER, CURRENT_FOLDER, ENDS_KEY, endedValues, parseArchiveAttribute } from '../archive-contract.ts';
import type { PagefindFilters } from '../search-state.ts';
import { PAGEFIND_OPTIONS, PAGEFIND_URL, type Pagefind } from './pagefind-client.ts';

/** A search's filters, and for a search without the archive the current pages that ended since the build. */
export type ArchiveFilters = PagefindFilters & { [ENDS_KEY]?: { none: string[] } };

/** The part of Pagefind's module this file uses besides `Pagefind`. */
interface PagefindModule {
	createInstance(options: { basePath: string }): Pagefind & { mergeIndex(path: string, options?: object): Promise<void> };
}

export interface ArchiveSearch {
	/** Whether this build has an archive to offer (an empty one is not written). */
	available: boolean;
	/** The instance to search: the current index alone, or with the archive merged (made on first use). */
	pagefind(archive: boolean): Promise<Pagefind>;
	/** `filters`, plus for a search without the archive the `ends` values that have passed at `now` (default: the reader's now). */
	filters(archive: boolean, filters: PagefindFilters, now?: number): ArchiveFilters;
}

/**
 * The archive of the page's `data-archive` (`archiveAttribute`, written at build time), around the
 * current index's instance (`current` loads it: the page loads Pagefind only when it is needed).
 */
export function archiveSearch(current: () => Promise<Pagefind>, data: string | undefined): ArchiveSearch {
	const info = parseArchiveAttribute(data);
	const available = info.archived > 0;
	let merged: Promise<Pagefind> | undefined;
	const withArchive = async (): Promise<Pagefind> => {
		const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as PagefindModule;
		const instance = module.createInstance({ basePath: `/${CURRENT_FOLDER}/` });
		await instance.options(PAGEFIND_OPTIONS);
		await instance.init();
		// The merged index is an instance of its own inside Pagefind: without the options it would rank by Pagefind's defaults.
		await instance.mergeIndex(`/${ARCHIVE_FOLDER}/`, PAGEFIND_OPTIONS);
		return instance;
	};
	return {
		available,
		pagefind: (archive) => {
			if (!archive || !available) return current();
			merged ??= withArchive().catch((error: unknown) => {
				merged = undefined;
				throw error;
			});
			return merged;
		},
		filters: (archive, filters, now = Date.now()) => {
			const ended = archive && available ? [] : endedValues(info.ends, now);
			return ended.length ? { ...filters, [ENDS_KEY]: { none: ended } } : filters;
		},
	};
}

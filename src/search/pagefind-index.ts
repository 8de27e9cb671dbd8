import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument } from './search-document.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import type { BuildState } from '../context/build-state.ts';
import { type SearchPage, searchPages } from './search-pages.ts';
import type { SearchRecord } from './search-record.ts';
import { ARCHIVE_FOLDER, CURRENT_FOLDER, ENDS_KEY, leavingTimes, splitPages } from './archive.ts';
import { validatedContentIndex } from '../content-layer/validated-index.ts';

/** Pagefind's language for each UI language: Norwegian stemming for nb/nn, Swedish for sv. */
export const PAGEFIND_LANGUAGE: Record<SiteLanguage, string> = { nb: 'no', nn: 'no', sv: 'sv' };

/** Pagefind's ready-made UIs and the language-less fallback: the site uses the JS API only. */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;
/** The archive is only merged into the current index's instance (`mergeIndex`), which brings the scripts and WebAssembly. */
const ARCHIVE_UNUSED = /^(pagefind[-.].*\.(js|css)|pagefind\.js|wasm\..*\.pagefind)$/;

/** Throws when a Pagefind response carries errors: a search index with holes is not shipped. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length) throw new Error(`Pagefind: ${step} feilet:\n${response.errors.join('\n')}`);
	return response;
}

/** A written bundle: where Pagefind put it and how many pages it holds. */
interface WrittenBundle {
	outputPath: string;
	pages: number;
}

/** Both written bundles (the archive is absent when nothing has left the current index), in which language, when done. */
interface WrittenIndex {
	current: WrittenBundle;
	archive?: WrittenBundle;
	language: string;
	/** `performance.now()` when Pagefind had written both. */
	writtenAt: number;
}

/** Dated pages newest first (by their order key, `record.sort.date`), then the undated in their own order. */
export function newestFirst<P extends Pick<SearchPage, 'record'>>(pages: P[]): P[] {
	const key = (page: P) => page.record.sort.date ?? '';
	return pages.toSorted((a, b) => (key(a) === key(b) ? 0 : key(a) < key(b) ? 1 : -1));
}

/** A page as the current index gets it: with its `ends` value as a filter (archive.ts), which `searchDocument` writes like any other. */
function withEnds(page: SearchPage & { ends?: string }): SearchPage {
	if (!page.ends) return page;
	const filters: SearchRecord['filters'] & { [ENDS_KEY]?: string[] } = { ...page.record.filters, [ENDS_KEY]: [page.ends] };
	return { ...page, record: { ...page.record, filters } };
}

/**
 * Indexes `pages` in a new Pagefind index, newest first, and writes it to `outputPath`, checking
 * every response. Pagefind numbers pages in the order they are added and gives a search without a
 * term (filters only) in that order, so the index order is the page's "newest first" and no `date`
 * sort key is needed: that key took ≈ 30 % of the page table every first search loads (73.5 → 50.1
 * kB at 10 000 pages). The pages are added one at a time, since parallel adds may arrive in any order.
 */
async function writeBundle(pages: SearchPage[], language: string, outputPath: string): Promise<WrittenBundle> {
	const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: language }));
	if (!index) throw new Error('Pagefind: createIndex ga ingen indeks');
	for (const page of newestFirst(pages)) {
		check('addHTMLFile', await index.addHTMLFile({ url: page.url, content: searchDocument(page, language) }));
	}
	const written = check('writeFiles', await index.writeFiles({ outputPath }));
	return { outputPath: written.outputPath, pages: pages.length };
}

/**
 * Indexes every searchable page of the validated content (drafts only where the build includes
 * them), each as a small HTML document (see `searchDocument`), split by the archive rule
 * (`archive.ts`) at the build's "now": the current pages under `folder/pagefind`, the rest under
 * `folder/pagefind-archive`. An empty archive is not written (Pagefind writes a bundle without a
 * language that cannot be merged); the search page is told so by the same rule.
 */
async function writeIndex(state: BuildState, folder: string): Promise<WrittenIndex> {
	const { context } = state;
	const language = PAGEFIND_LANGUAGE[context.lang];
	const index = validatedContentIndex(state);
	const pages = searchPages(context, index);
	if (pages.length === 0) throw new Error('Pagefind: fant ingen sider å indeksere');
	const split = splitPages(pages, leavingTimes(context, index), context.now);
	if (split.current.length === 0) throw new Error('Pagefind: fant ingen aktuelle sider å indeksere');

	const [current, archive] = await Promise.all([
		writeBundle(split.current.map(withEnds), language, join(folder, CURRENT_FOLDER)),
		split.archive.length ? writeBundle(split.archive, language, join(folder, ARCHIVE_FOLDER)) : undefined,
	]);
	return { current, archive, language, writtenAt: performance.now() };
}

/** Moves a folder, copying it when the target is on another file system. */
function moveFolder(from: string, to: string): void {
	rmSync(to, { recursive: true, force: true });
	try {
		renameSync(from, to);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		cpSync(from, to, { recursive: true });
		rmSync(from, { recursive: true, force: true });
	}
}

/**
 * Builds the search index from the content, not from the built HTML, while Astro renders: at
 * build start it feeds Pagefind (its own process) one document per detail page, with the filters,
 * metadata and sort keys of `search-pages.ts`, and has it write the index to a temporary
 * folder; when the build is done it checks the result and moves it to `<outDir>/pagefind/` (the
 * current index, which outside readers use) and `<outDir>/pagefind-archive/` (the past, see archive.ts).
 * Lists, the search page, drafts and `/admin/` are not indexed. A build that fails before it is
 * done stops Pagefind when the process exits; Pagefind holds the process only while it works.
 */
export function pagefindIndex(state: BuildState): AstroIntegration {
	let indexing: Promise<WrittenIndex> | undefined;
	let folder = '';
	let startedAt = 0;
	const stop = () => {
		process.off('exit', stop);
		void pagefind.close();
		rmSync(folder, { recursive: true, force: true });
	};
	return {
		name: 'kompetansebroen:pagefind',
		hooks: {
			'astro:build:start': () => {
				startedAt = performance.now();
				folder = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
				process.on('exit', stop);
				indexing = writeIndex(state, folder);
				// Awaited when the build is done; until then a failure must not end the process on its own.
				indexing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				try {
					if (!indexing) throw new Error('Pagefind: indekseringen ble aldri startet');
					const doneAt = performance.now();
					const { current, archive, language, writtenAt } = await indexing;
					const out = fileURLToPath(dir);
					for (const [bundle, name, unused] of [
						[current, CURRENT_FOLDER, UNUSED],
						[archive, ARCHIVE_FOLDER, ARCHIVE_UNUSED],
					] as const) {
						const target = join(out, name);
						if (!bundle) {
							rmSync(target, { recursive: true, force: true });
							continue;
						}
						moveFolder(bundle.outputPath, target);
						for (const file of readdirSync(target)) if (unused.test(file)) rmSync(join(target, file));
					}
					const seconds = (ms: number) => `${(Math.max(ms, 0) / 1000).toFixed(1)} s`;
					logger.info(
						`søkeindeks: ${current.pages} aktuelle sider og ${archive?.pages ?? 0} i arkivet (${language}), skrevet på ${seconds(writtenAt - startedAt)} mens sidene ble bygget; ventet ${seconds(writtenAt - doneAt)} på den til slutt`,
					);
				} finally {
					stop();
				}
			},
		},
	};
}

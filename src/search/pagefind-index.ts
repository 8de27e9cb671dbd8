import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchDocument } from './search-document.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import type { BuildState } from '../context/build-state.ts';
import { searchPages } from './search-pages.ts';
import { validatedContentIndex } from '../content-layer/validated-index.ts';

/** Pagefind's language for each UI language: Norwegian stemming for nb/nn, Swedish for sv. */
export const PAGEFIND_LANGUAGE: Record<SiteLanguage, string> = { nb: 'no', nn: 'no', sv: 'sv' };

/** Pagefind's ready-made UIs and the language-less fallback: the site uses the JS API only. */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

/** Throws when a Pagefind response carries errors: a search index with holes is not shipped. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length) throw new Error(`Pagefind: ${step} feilet:\n${response.errors.join('\n')}`);
	return response;
}

/** The written index: where it is, how many pages it holds, in which language, when it was done. */
interface WrittenIndex {
	outputPath: string;
	pages: number;
	language: string;
	/** `performance.now()` when Pagefind had written it. */
	writtenAt: number;
}

/**
 * Indexes every searchable page of the validated content (drafts only where the build includes
 * them), each as a small HTML document (see `searchDocument`), and writes the index under `folder`.
 */
async function writeIndex(state: BuildState, folder: string): Promise<WrittenIndex> {
	const language = PAGEFIND_LANGUAGE[state.context.lang];
	const pages = searchPages(state.context, validatedContentIndex(state));
	if (pages.length === 0) throw new Error('Pagefind: fant ingen sider å indeksere');

	const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: language }));
	if (!index) throw new Error('Pagefind: createIndex ga ingen indeks');
	const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.url, content: searchDocument(page, language) })));
	check('addHTMLFile', { errors: added.flatMap((response) => response.errors) });
	const { outputPath } = check('writeFiles', await index.writeFiles({ outputPath: join(folder, 'pagefind') }));
	return { outputPath, pages: pages.length, language, writtenAt: performance.now() };
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
 * folder; when the build is done it checks the result and moves it to `<outDir>/pagefind/`.
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
					const { outputPath, pages, language, writtenAt } = await indexing;
					const target = join(fileURLToPath(dir), 'pagefind');
					moveFolder(outputPath, target);
					for (const file of readdirSync(target)) if (UNUSED.test(file)) rmSync(join(target, file));
					const seconds = (ms: number) => `${(Math.max(ms, 0) / 1000).toFixed(1)} s`;
					logger.info(
						`søkeindeks: ${pages} sider (${language}), skrevet på ${seconds(writtenAt - startedAt)} mens sidene ble bygget; ventet ${seconds(writtenAt - doneAt)} på den til slutt`,
					);
				} finally {
					stop();
				}
			},
		},
	};
}

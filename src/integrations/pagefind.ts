import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SiteLanguage } from '../schemas/enums.ts';
import { loadSiteConfig } from '../site/config.ts';

/** Pagefind's language for each UI language: Norwegian stemming for nb/nn, Swedish for sv. */
export const PAGEFIND_LANGUAGE: Record<SiteLanguage, string> = { nb: 'no', nn: 'no', sv: 'sv' };

/** Pagefind's ready-made UIs and the language-less fallback: the site uses the JS API only. */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;

/** Throws when a Pagefind response carries errors: a search index with holes is not shipped. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
	if (response.errors.length) throw new Error(`Pagefind: ${step} feilet:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * Builds the search index after the site is built, through Pagefind's Node API. Only elements
 * marked `data-pagefind-body` (detail pages' main content) are indexed; lists, navigation,
 * drafts (never built) and `/admin/` are not.
 */
export function pagefindIndex(): AstroIntegration {
	return {
		name: 'kompetansebroen:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { language } = loadSiteConfig();
				try {
					const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: PAGEFIND_LANGUAGE[language] }));
					if (!index) throw new Error('Pagefind: createIndex ga ingen indeks');
					const { page_count } = check('addDirectory', await index.addDirectory({ path: outDir, glob: '**/*.html' }));
					if (page_count === 0) throw new Error('Pagefind: fant ingen sider å indeksere');
					const { outputPath } = check('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
					for (const file of readdirSync(outputPath)) if (UNUSED.test(file)) rmSync(join(outputPath, file));
					logger.info(`søkeindeks: ${page_count} sider (${PAGEFIND_LANGUAGE[language]})`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

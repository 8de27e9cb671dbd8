// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/validation/content-check.ts';
import { entryCalendarFiles } from './src/calendars/calendar-files.ts';
import { decapCms } from './cms/cms-integration.ts';
import { pagefindIndex } from './src/search/pagefind-index.ts';
import { localizedRoutes } from './src/routes/localized-routes.ts';
import { statusPage } from './src/status/status-integration.ts';
import { BuildState } from './src/context/build-state.ts';
import { contentDir } from './src/context/load-context.ts';

// This run's site context and validated content, handed to each of our integrations.
const state = new BuildState();

/**
 * The pages are rendered at build time from chunks Astro writes to `.prerender/`, in the output
 * folder when its path starts with the working directory's (`--outDir ../site-dist`, or a build
 * started from a parent folder), otherwise in `.astro/`. Outside the project, Node cannot resolve
 * the chunks' imports of packages (`@oslojs/encoding` …): bundle them into the chunks, so they
 * import nothing from node_modules wherever they are written. Builds only: under `astro dev` the
 * same setting makes Vite's module runner load CommonJS packages as ES modules, and the dev server
 * logs "Failed to create the prerender server app: require is not defined".
 */
const selfContainedPrerenderChunks = {
	name: 'kompetansebroen:prerender-chunks',
	hooks: {
		/** @param {{ command: string, updateConfig: (config: object) => void }} options */
		'astro:config:setup': ({ command, updateConfig }) => {
			if (command === 'build') updateConfig({ vite: { environments: { prerender: { resolve: { noExternal: true } } } } });
		},
	},
};

// One content-layer cache per content folder, so builds of different folders never share a store.
const cacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
	trailingSlash: 'always',
	// No inline scripts or styles, so the Content-Security-Policy in public/_headers can forbid them.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		build: { assetsInlineLimit: 0 },
		environments: {
			client: {
				build: {
					rollupOptions: {
						output: {
							// Every page's script (client/page-scripts.ts) in ONE file, with the page contract and the
							// region rule it shares with the list and search scripts: as shared chunks of their own
							// they made a content page load three files, 2,399 B gzip; in one file it is 2,029 B. The
							// list and search scripts import them from that file, which every page has loaded.
							codeSplitting: {
								groups: [
									{
										name: 'page',
										test: /src\/(client\/(page-contract|page-scripts|past-items)|regions\/region-(client|filter)|favourites\/favourite(-toggle|s-contract)|components\/site-menu-client)|Base\.astro/,
									},
								],
							},
						},
					},
				},
			},
		},
		// Astro lets Vite scan only src/ for the dependencies of the pages' scripts; the admin page's
		// script is in cms/. Unscanned, the first /admin/ of a dev server finds `astro/zod` late: Vite
		// bundles its dependencies again, answers 504 to modules it already served (seen on /admin/)
		// and reloads the open pages; the admin page, without live reload (cms/admin-dev-page.ts),
		// would not recover.
		optimizeDeps: { entries: ['cms/admin.astro'] },
	},
	cacheDir: `./node_modules/.astro/${cacheKey}/`,
	// contentCheck runs first: it validates the content folder, creates the site context and sets `site`.
	integrations: [
		contentCheck(state),
		selfContainedPrerenderChunks,
		localizedRoutes(state),
		statusPage(state),
		decapCms(),
		entryCalendarFiles(state),
		mdx(),
		// Reads `site` at astro:config:done, after contentCheck has set it.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }),
		pagefindIndex(state),
	],
});

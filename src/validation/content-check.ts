import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildState } from '../context/build-state.ts';
import { contentDir, loadContextInput } from '../context/load-context.ts';
import { validateContentInParallel } from './parallel.ts';
import { formatReport } from './problem.ts';

/**
 * Validates the content folder (in worker processes, see `validateContentInParallel`) before
 * Astro builds anything. Any error stops the build with one line per problem
 * (file:line: field: message), so no half-built `dist/` is left. Then creates this run's site
 * context in `state` from the validated `site.yaml` and the environment, serves it to the pages
 * (`virtual:kb/context`) and sets Astro's `site` from it (`site.yaml`'s `url` or `KB_SITE_URL`).
 */
export function contentCheck(state: BuildState): AstroIntegration {
	return {
		name: 'kompetansebroen:content-check',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				const dir = contentDir();
				const result = await validateContentInParallel(dir);
				const errors = result.problems.filter((p) => p.severity === 'error');
				if (errors.length) {
					const error = new Error(`Innholdet i ${dir} har feil:\n${formatReport(errors)}`);
					error.stack = error.message;
					throw error;
				}
				const bodiesDir = new URL('kb-bodies/', config.cacheDir);
				const { site } = state.start(loadContextInput({ command, site: result.site, bodiesDir: fileURLToPath(bodiesDir) }), result);
				logger.info(`innholdet i ${dir} er gyldig`);
				updateConfig({ site: site.url, vite: { plugins: [state.vitePlugin()] } });
			},
		},
	};
}

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildState } from '../context/build-state.ts';
import { contentDir, loadContextInput } from '../context/load-context.ts';
import { useTranslations } from '../i18n/index.ts';
import { validateContentInParallel } from './parallel.ts';
import { formatReport } from './problem.ts';

/**
 * Validates the content folder (in worker processes, see `validateContentInParallel`) before
 * Astro builds anything. Any error stops the build with one line per problem
 * (file:line: field: message, in the site's language), so no half-built `dist/` is left. Then creates this run's site
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
				const t = useTranslations(result.lang);
				if (errors.length) {
					const error = new Error(`${t('validation.report.failed', { dir })}\n${formatReport(errors, t)}`);
					error.stack = error.message;
					throw error;
				}
				const bodiesDir = new URL('kb-bodies/', config.cacheDir);
				const { site } = state.start(loadContextInput({ command, site: result.site, bodiesDir: fileURLToPath(bodiesDir) }), result);
				logger.info(t('validation.report.valid', { dir }));
				updateConfig({ site: site.url, vite: { plugins: [state.vitePlugin()] } });
			},
		},
	};
}

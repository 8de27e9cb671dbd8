import type { AstroIntegration } from 'astro';
import { contentDir } from '../context/site-config.ts';
import { recordAstroCommand } from '../context/astro-command.ts';
import { validateContentInParallel } from './parallel.ts';
import { formatReport } from './problem.ts';
import { shareValidation, sharedValidation } from './shared.ts';
import type { ValidationResult } from './validate.ts';

/**
 * The content check's result in this build process: every collection's valid entries (drafts
 * included; `id`, `data` and the rendered body `html`). Other integrations read it instead of
 * parsing the content folder again.
 */
export function validatedContent(): ValidationResult {
	const result = sharedValidation(contentDir());
	if (!result) throw new Error('validatedContent() før innholdskontrollen har kjørt');
	return result;
}

/**
 * Validates the content folder (in worker processes, see `validateContentInParallel`) before
 * Astro builds anything. Any error stops the build with one line per problem
 * (file:line: field: message), so no half-built `dist/` is left. Sets Astro's `site` from
 * `site.yaml` (or `KB_SITE_URL`).
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'kompetansebroen:content-check',
		hooks: {
			'astro:config:setup': async ({ command, logger, updateConfig }) => {
				recordAstroCommand(command);
				const dir = contentDir();
				const result = await validateContentInParallel(dir);
				const errors = result.problems.filter((p) => p.severity === 'error');
				if (errors.length) {
					const error = new Error(`Innholdet i ${dir} har feil:\n${formatReport(errors)}`);
					error.stack = error.message;
					throw error;
				}
				shareValidation(dir, result);
				logger.info(`innholdet i ${dir} er gyldig`);
				updateConfig({ site: process.env.KB_SITE_URL || result.site?.url });
			},
		},
	};
}

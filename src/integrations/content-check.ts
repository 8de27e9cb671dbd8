import type { AstroIntegration } from 'astro';
import { contentDir } from '../site/config.ts';
import { recordAstroCommand } from '../site/command.ts';
import { formatReport } from '../validation/problem.ts';
import { validateContent } from '../validation/validate.ts';

/**
 * Validates the content folder before Astro builds anything. Any error stops the build with
 * one line per problem (file:line: field: message), so no half-built `dist/` is left.
 * Sets Astro's `site` from `site.yaml` (or `KB_SITE_URL`).
 */
export function contentCheck(): AstroIntegration {
	return {
		name: 'kompetansebroen:content-check',
		hooks: {
			'astro:config:setup': ({ command, logger, updateConfig }) => {
				recordAstroCommand(command);
				const dir = contentDir();
				const { site, problems } = validateContent(dir);
				const errors = problems.filter((p) => p.severity === 'error');
				if (errors.length) {
					const error = new Error(`Innholdet i ${dir} har feil:\n${formatReport(errors)}`);
					error.stack = error.message;
					throw error;
				}
				logger.info(`innholdet i ${dir} er gyldig`);
				updateConfig({ site: process.env.KB_SITE_URL || site?.url });
			},
		},
	};
}

import type { AstroIntegration } from 'astro';
import { contentDir } from '../site/config.ts';
import { recordAstroCommand } from '../site/command.ts';
import { formatReport } from '../validation/problem.ts';
import { type ValidationResult, validateContent } from '../validation/validate.ts';

let validated: ValidationResult | undefined;

/**
 * The content check's result in this build process: every collection's valid entries (drafts
 * included; `id`, `data` and the rendered body `html`). Other integrations read it instead of
 * parsing the content folder again.
 */
export function validatedContent(): ValidationResult {
	if (!validated) throw new Error('validatedContent() før innholdskontrollen har kjørt');
	return validated;
}

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
				validated = validateContent(dir);
				const { site, problems } = validated;
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

import type { AstroIntegration } from 'astro';
import type { BuildState } from '../context/build-state.ts';
import { contentWarnings } from '../validation/warnings.ts';
import { statusReport } from './status-report.ts';

/** The virtual module through which the status page gets its report (see `virtual-status.d.ts`). */
export const STATUS_MODULE = 'virtual:kb/status';
const RESOLVED = `\0${STATUS_MODULE}`;

/**
 * Serves the curators' status report to `/admin/status/` (the route is in `routes/localized-routes.ts`)
 * as `virtual:kb/status`. The report is made from the content check's result that `BuildState`
 * keeps (the content is not read or validated again) and crosses to the page as plain data. Under
 * `astro dev` it is the state of the content when the dev server started.
 */
export function statusPage(state: BuildState): AstroIntegration {
	return {
		name: 'kompetansebroen:status',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'kompetansebroen:status-report',
								resolveId: (id: string) => (id === STATUS_MODULE ? RESOLVED : undefined),
								load: (id: string) => {
									if (id !== RESOLVED) return undefined;
									const { context, validation } = state;
									const report = statusReport(context, validation, contentWarnings(validation, context.now));
									return `export const report = ${JSON.stringify(report)};`;
								},
							},
						],
					},
				});
			},
		},
	};
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validatedCatalog } from '../content-layer/validated-catalog.ts';

/**
 * Writes every course's and event's own calendar file (`/kurs/<slug>.ics`, `/arrangementer/<slug>.ics`)
 * when the build is done, from the content check's entries. Through Astro, each of these files was a
 * route of its own: at 10,000 entries, 5,600 routes and 4–6 s of rendering for 0.6 s of work. Under
 * `astro dev` the routes `course.ics.ts` and `event.ics.ts` serve the same files (`entryCalendars`).
 */
export function entryCalendarFiles(): AstroIntegration {
	return {
		name: 'kompetansebroen:calendars',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const [catalog, { calendarText, entryCalendars }] = await Promise.all([validatedCatalog(), import('./calendar-events.ts')]);
				const outDir = fileURLToPath(dir);
				const calendars = entryCalendars(catalog);
				for (const { spec } of calendars) {
					const path = join(outDir, spec.file);
					mkdirSync(dirname(path), { recursive: true });
					writeFileSync(path, calendarText(catalog, spec));
				}
				logger.info(`${calendars.length} kalenderfiler for kurs og arrangementer`);
			},
		},
	};
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { validatedContentIndex } from '../content-layer/validated-index.ts';
import type { BuildState } from '../context/build-state.ts';
import { calendarText, entryCalendars } from './calendar-events.ts';

/**
 * Writes every course's and event's own calendar file (`/kurs/<slug>.ics`, `/arrangementer/<slug>.ics`)
 * when the build is done, from the content check's entries. Through Astro, each of these files was a
 * route of its own: at 10,000 entries, 5,600 routes and 4–6 s of rendering for 0.6 s of work. Under
 * `astro dev` the routes `course.ics.ts` and `event.ics.ts` serve the same files (`entryCalendars`).
 */
export function entryCalendarFiles(state: BuildState): AstroIntegration {
	return {
		name: 'kompetansebroen:calendars',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const index = validatedContentIndex(state);
				const outDir = fileURLToPath(dir);
				const calendars = entryCalendars(state.context, index);
				for (const { spec } of calendars) {
					const path = join(outDir, spec.file);
					mkdirSync(dirname(path), { recursive: true });
					writeFileSync(path, calendarText(state.context, index, spec));
				}
				logger.info(`${calendars.length} kalenderfiler for kurs og arrangementer`);
			},
		},
	};
}

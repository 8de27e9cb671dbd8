import type { Course } from '../schemas/course.ts';
import type { Event } from '../schemas/event.ts';
import { useTranslations } from '../i18n/index.ts';
import { courseSpan, eventSpan, isPast, registrationState, timedSessions } from '../lib/schedule.ts';
import type { Problem } from './problem.ts';
import type { ValidationResult } from './validate.ts';

/**
 * Things worth a look that do not stop a build: an open course whose registration deadline has
 * passed, a course with no upcoming session, a past event without materials, a topic nothing uses.
 * Worded in the site's language.
 */
export function contentWarnings({ site, entries }: ValidationResult, now: Date): Problem[] {
	if (!site) return [];
	const tz = site.timezone;
	const t = useTranslations(site.language);
	const warnings: Problem[] = [];
	const warn = (entry: ValidationResult['entries']['courses'][number], path: (string | number)[], message: string) =>
		warnings.push({ file: entry.file, line: entry.lineOf?.(path), field: path.join('.'), message, severity: 'warning' });

	const usedTopics = new Set<string>();
	for (const entry of entries.courses) {
		const course = entry.data as Course;
		course.topics.forEach((topic) => usedTopics.add(topic));
		if (course.draft) continue;
		const sessions = timedSessions(course, tz);
		const span = courseSpan(sessions);
		if (course.status === 'open' && registrationState(course, span, now, tz) === 'deadline-passed') {
			warn(entry, ['registration', 'deadline'], t('validation.warning.deadlinePassed'));
		}
		if (course.format !== 'elearning' && sessions.length > 0 && !sessions.some((s) => s.startAt > now)) {
			warn(entry, ['sessions'], t('validation.warning.noUpcomingSessions'));
		}
	}
	for (const entry of entries.events) {
		const event = entry.data as Event;
		event.topics.forEach((topic) => usedTopics.add(topic));
		if (!event.draft && isPast(eventSpan(event, tz), now) && event.materials.length === 0) {
			warn(entry, ['materials'], t('validation.warning.noMaterials'));
		}
	}
	for (const entry of [...entries.news, ...entries.programmes]) (entry.data.topics as string[]).forEach((topic) => usedTopics.add(topic));
	for (const entry of entries.topics) {
		if (!usedTopics.has(entry.id)) warn(entry, [], t('validation.warning.unusedTopic'));
	}
	return warnings;
}

import type { Course } from '../schemas/course.ts';
import type { Event } from '../schemas/event.ts';
import { featuredSlugs, leftOutBecause } from '../featured/featured.ts';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { courseSpan, eventSpan, isPast, registrationState, timedSessions } from '../lib/schedule.ts';
import type { Problem } from './problem.ts';
import type { ValidationResult } from './validate.ts';

/**
 * Things worth a look that do not stop a build: an open course whose registration deadline has
 * passed, a course with no upcoming session, a past event without materials, a topic nothing uses,
 * a featured entry the home page leaves out. Worded in the site's language.
 */
export function contentWarnings(result: ValidationResult, now: Date): Problem[] {
	const { site, entries } = result;
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
	warnings.push(...featuredWarnings(result, now, t));
	return warnings;
}

/**
 * `site.yaml` `featured` entries the home page leaves out (`featured/featured.ts`): a draft, or a
 * course or event that has ended. Drafts are among the content check's entries, though a production
 * build leaves them out, so a featured draft is found here. An unknown slug is an error of the
 * reference check, not repeated here.
 */
function featuredWarnings({ site, entries, siteLineOf }: ValidationResult, now: Date, t: Translate): Problem[] {
	if (!site?.featured) return [];
	const tz = site.timezone;
	const past = (collection: string, data: Record<string, unknown>) => {
		if (collection === 'courses') return isPast(courseSpan(timedSessions(data as Course, tz)), now);
		if (collection === 'events') return isPast(eventSpan(data as Event, tz), now);
		return false;
	};
	return featuredSlugs(site.featured).flatMap(({ collection, slug, position }): Problem[] => {
		const entry = entries[collection].find((e) => e.id === slug);
		const reason = entry && leftOutBecause({ data: entry.data, past: past(collection, entry.data) });
		if (!reason) return [];
		const path = ['featured', collection, position];
		const message = t(reason === 'draft' ? 'validation.warning.featuredDraft' : 'validation.warning.featuredEnded');
		return [{ file: 'site.yaml', line: siteLineOf?.(path), field: path.join('.'), value: slug, message, severity: 'warning' }];
	});
}

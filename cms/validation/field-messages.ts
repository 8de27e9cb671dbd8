import { type Translate, type UIKey, tables } from '../../src/i18n/index.ts';
import type { Issue } from './check.ts';

/** A field's label in the site's language, or its name when the table has none. */
function label(name: string, t: Translate): string {
	const key = `cms.field.${name}`;
	return key in tables.nb ? t(key as UIKey) : name;
}

/** A list item by the list's own word for one, "Samling 2", else "Nr. 2". */
function item(list: string | number, index: number, t: Translate): string {
	const key = `cms.singular.field.${list}`;
	return key in tables.nb ? `${t(key as UIKey)} ${index + 1}` : t('cms.validation.item', { n: index + 1 });
}

/**
 * The messages Decap shows at one top-level field: the issues whose path starts with it. An issue
 * deeper in the field (a list item's subfield) names where, e.g. "Samling 1 – Slutt: slutt må
 * være etter start", because Decap's nested controls do not know their place in the entry. Issues
 * without a path (rules on the whole entry) go to `fallback`, the entry's first field.
 */
export function fieldMessages(issues: Issue[], field: string, fallback: string, t: Translate): string[] {
	return issues
		.filter((issue) => (issue.path.length ? String(issue.path[0]) : fallback) === field)
		.map((issue) => {
			const where = issue.path.slice(1).map((part, i) => (typeof part === 'number' ? item(issue.path[i], part, t) : label(part, t)));
			return where.length ? `${where.join(' – ')}: ${issue.message}` : issue.message;
		});
}

/** All issues of an entry as one line, each naming its field: for the safety net, which only has a toast. */
export function summary(issues: Issue[], t: Translate): string {
	return issues
		.map((issue) => {
			if (!issue.path.length) return issue.message;
			const field = String(issue.path[0]);
			return `${label(field, t)}: ${fieldMessages([issue], field, field, t)[0]}`;
		})
		.join(' · ');
}

import type { Translate, UIKey } from '../src/i18n/index.ts';
import { nb } from '../src/i18n/nb.ts';
import type { FieldText, Rule } from './fields.ts';

/** Translation-table prefixes for the labels of enum values, by field name. */
const OPTION_PREFIX: Record<string, string> = {
	audiences: 'audience',
	format: 'format',
	status: 'cms.status',
	attendance: 'attendance',
	kind: 'orgkind',
	language: 'language',
};

/** The hint a validation rule gives (length limits, date and URL formats). */
function ruleHint(t: Translate, rule: Rule): string | undefined {
	if (rule.kind !== 'length') return t(`cms.hint.${rule.kind}`);
	const { min, max } = rule;
	if (min !== undefined && max !== undefined) return t('cms.hint.length', { min, max });
	if (max !== undefined) return t('cms.hint.maxLength', { max });
	return min !== undefined && min > 1 ? t('cms.hint.minLength', { min }) : undefined;
}

/**
 * Field labels, hints and option labels from the translation table of the site's language, for
 * the fields of one collection (or of `site.yaml`, `collection` undefined).
 *
 * A field's label is `cms.field.<collection>.<path>` where that exists, else `cms.field.<name>`, else
 * (a field named for a collection) `cms.collection.<name>`.
 * A field's hint says what the field means to an editor, from the most specific key that exists:
 * `cms.hint.<collection>.<path>` (where the meaning differs between collections, e.g. `duration`),
 * `cms.hint.field.<path>`, then `cms.hint.field.<name>`; the rule's hint (length, format) follows it.
 */
export function fieldText(t: Translate, collection?: string): FieldText {
	const optional = (key: string) => (key in nb ? t(key as UIKey) : undefined);
	const meaning = (path: string[]) =>
		(collection && optional(`cms.hint.${collection}.${path.join('.')}`)) ??
		optional(`cms.hint.field.${path.join('.')}`) ??
		optional(`cms.hint.field.${path.at(-1)}`);
	return {
		// A field whose meaning differs in one collection (`featured` in `site.yaml`) has its own label there;
		// a field named for a collection (the lists of `featured`) is labelled as the collection.
		label: (name, path = [name]) =>
			(collection && optional(`cms.field.${collection}.${path.join('.')}`)) ??
			optional(`cms.field.${name}`) ??
			optional(`cms.collection.${name}`) ??
			t(`cms.field.${name}` as UIKey),
		singular: (name) => optional(`cms.singular.field.${name}`),
		ruleHint: (rule) => ruleHint(t, rule),
		orderHint: () => t('cms.hint.ordered'),
		hint(path, rule) {
			const parts = [meaning(path), rule && ruleHint(t, rule)].filter(Boolean);
			return parts.length > 0 ? parts.join(' ') : undefined;
		},
		option: (field, value) => (OPTION_PREFIX[field] ? t(`${OPTION_PREFIX[field]}.${value}` as UIKey) : value),
	};
}

import type { Translate, UIKey } from '../src/i18n/index.ts';
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

/** Field labels, hints and option labels from the translation table of the site's language. */
export function fieldText(t: Translate): FieldText {
	return {
		label: (name) => t(`cms.field.${name}` as UIKey),
		hint(name, rule: Rule) {
			if (rule.kind === 'conditional') return t(`cms.hint.conditional.${name}` as UIKey);
			if (rule.kind !== 'length') return t(`cms.hint.${rule.kind}`);
			const { min, max } = rule;
			if (min !== undefined && max !== undefined) return t('cms.hint.length', { min, max });
			if (max !== undefined) return t('cms.hint.maxLength', { max });
			return min !== undefined && min > 1 ? t('cms.hint.minLength', { min }) : undefined;
		},
		option: (field, value) => (OPTION_PREFIX[field] ? t(`${OPTION_PREFIX[field]}.${value}` as UIKey) : value),
	};
}

/**
 * Zod's issues in the site's language, from the translation tables. Two sources: the schemas'
 * own messages, which are translation keys (`msg()` in `src/schemas/messages.ts`), and zod's
 * built-in checks (missing field, wrong type, lengths, enums, formats), worded by `zodErrorMap`.
 * Browser-safe; replaces zod's locales (large, and without nynorsk).
 */
import type { z } from 'astro/zod';
import type { Translate, UIKey } from '../i18n/index.ts';
import type { ValidationKey } from '../schemas/messages.ts';

const TYPE_KEYS: Partial<Record<string, ValidationKey>> = {
	string: 'validation.type.string',
	number: 'validation.type.number',
	int: 'validation.type.int',
	boolean: 'validation.type.boolean',
	array: 'validation.type.array',
	object: 'validation.type.object',
};

const lengthOf = (input: unknown) => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

/** Messages for zod's built-in checks; used for every issue whose schema gave no message of its own. */
export function zodErrorMap(t: Translate): z.core.$ZodErrorMap {
	return (issue) => {
		switch (issue.code) {
			case 'invalid_type': {
				if (issue.input === undefined) return t('validation.required');
				const key = TYPE_KEYS[issue.expected];
				return key ? t(key) : t('validation.type.other', { expected: issue.expected });
			}
			case 'too_small': {
				const min = Number(issue.minimum);
				if (issue.origin === 'string') return min <= 1 ? t('validation.empty') : t('validation.tooShort', { min });
				if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? t('validation.empty') : t('validation.tooFew', { min });
				return t(issue.inclusive === false ? 'validation.numberAbove' : 'validation.numberMin', { min });
			}
			case 'too_big': {
				const max = Number(issue.maximum);
				if (issue.origin === 'string') return t('validation.tooLong', { max, length: lengthOf(issue.input) });
				if (issue.origin === 'array' || issue.origin === 'set') return t('validation.tooMany', { max });
				return t(issue.inclusive === false ? 'validation.numberBelow' : 'validation.numberMax', { max });
			}
			case 'invalid_value':
				return t('validation.enum', { values: issue.values.map(String).join(', ') });
			case 'invalid_format':
				if (issue.format === 'email') return t('validation.email');
				if (issue.format === 'url') return t('validation.url');
				return t('validation.pattern');
			case 'unrecognized_keys':
				return t('validation.unknownKeys', { keys: issue.keys.join(', ') });
			default:
				return t('validation.invalid');
		}
	};
}

/** An issue's message in the site's language: a schema's key is translated with the issue's `params`. */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
	if (!issue.message.startsWith('validation.')) return issue.message;
	const params = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
	return t(issue.message as UIKey, params);
}

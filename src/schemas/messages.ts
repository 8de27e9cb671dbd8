import type { UIKey } from '../i18n/nb.ts';

/** A translation key of the validation messages. */
export type ValidationKey = Extract<UIKey, `validation.${string}`>;

/**
 * A schema's message: the translation key, not the text. The validation translates it into the
 * site's language when it reports the issue (`src/validation/zod-messages.ts`); values for the
 * key's `{placeholders}` go in the issue's `params`. Typed, so a key that is not in the tables
 * does not compile.
 */
export const msg = (key: ValidationKey): string => key;

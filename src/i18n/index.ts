import type { SiteLanguage } from '../schemas/enums.ts';
import { nb, type UIKey, type UITable } from './nb.ts';
import { nn } from './nn.ts';
import { sv } from './sv.ts';

export type { UIKey };

/** Every translation table by language; each has every key of `nb` (a missing one is a type error). */
export const tables: Record<SiteLanguage, UITable> = { nb, nn, sv };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** A `t()` for one language: looks a key up and fills `{name}` placeholders. */
export function useTranslations(lang: SiteLanguage): Translate {
	const table = tables[lang];
	return (key, vars) => {
		const text = table[key];
		return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
	};
}

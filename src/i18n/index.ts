import type { SiteLanguage } from '../schemas/enums.ts';
import { nb, type UIKey, type UITable } from './nb.ts';

export type { UIKey };

/** Every translation table by language. nn and sv fall back to nb until they are complete. */
export const tables: Record<SiteLanguage, UITable> = { nb, nn: nb, sv: nb };

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** A `t()` for one language: looks a key up and fills `{name}` placeholders. */
export function useTranslations(lang: SiteLanguage): Translate {
	const table = tables[lang];
	return (key, vars) => {
		const text = table[key] ?? nb[key];
		return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
	};
}

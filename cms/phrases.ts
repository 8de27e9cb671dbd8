import type { UITable } from '../src/i18n/nb.ts';

/** Decap's phrases: nested objects of strings (`editor.editorWidgets.list.add`). */
export interface Phrases {
	[key: string]: string | Phrases;
}

/** The translation-table prefix of Decap's own strings; the rest of the key is Decap's phrase path. */
export const DECAP_PREFIX = 'cms.ui.';

/** The `cms.ui.*` strings of a translation table as Decap's nested phrases. */
export function tablePhrases(table: UITable): Phrases {
	const phrases: Phrases = {};
	for (const [key, value] of Object.entries(table)) {
		if (!key.startsWith(DECAP_PREFIX)) continue;
		const path = key.slice(DECAP_PREFIX.length).split('.');
		let node = phrases;
		for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Phrases;
		node[path.at(-1)!] = value;
	}
	return phrases;
}

/** `base` with `over` laid on top, recursively; neither is changed. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
	const out: Phrases = { ...base };
	for (const [key, value] of Object.entries(over)) {
		const below = out[key];
		out[key] = typeof value === 'object' && typeof below === 'object' ? mergePhrases(below, value) : value;
	}
	return out;
}

/**
 * Decap's phrases for the site's language: English as the last resort, Decap's own locale over it,
 * and the translation table's `cms.ui.*` strings (missing phrases, review-state names) on top.
 */
export const sitePhrases = (english: Phrases, decapLocale: Phrases | undefined, table: UITable): Phrases =>
	mergePhrases(mergePhrases(english, decapLocale ?? {}), tablePhrases(table));

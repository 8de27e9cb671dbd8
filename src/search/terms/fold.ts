import type { SiteLanguage } from '../../schemas/enums.ts';

/**
 * How a letter is typed by someone without it on the keyboard, per site language: the ascii
 * spellings a query may use, most common first.
 *
 * Pagefind folds by Unicode decomposition (NFD, marks stripped): å, ä, ö, é … already match a,
 * a, o, e in every language. Only ø and æ do not decompose, so those are the letters that need
 * indexed ascii forms: ø is typed `o` (the site's own URLs: `lorenskog`, `forstehjelp`) or `oe`,
 * æ is typed `ae` (`ernaering`) or `a`. Swedish text uses ø/æ only in Norwegian and Danish names,
 * which Swedish readers type the same way; ä/ö need nothing. `aa` for å (old spelling) is left
 * out: rare in queries, and it would double every å-word in the index.
 */
const ASCII: Record<SiteLanguage, Record<string, readonly [string, string]>> = {
	nb: { ø: ['o', 'oe'], æ: ['ae', 'a'] },
	nn: { ø: ['o', 'oe'], æ: ['ae', 'a'] },
	sv: { ø: ['o', 'oe'], æ: ['ae', 'a'] },
};

/**
 * The ascii spellings of a lowercase word that Pagefind would not match by itself: at most two,
 * one with each letter's first spelling (`lorenskog`, `ernaering`) and one with each letter's
 * second (`loerenskog`, `ernaring`). Empty when the word has no such letter.
 */
export function asciiForms(word: string, lang: SiteLanguage): string[] {
	const table = ASCII[lang];
	if (![...word].some((c) => c in table)) return [];
	const spell = (which: 0 | 1) => [...word].map((c) => table[c]?.[which] ?? c).join('');
	return [...new Set([spell(0), spell(1)])];
}

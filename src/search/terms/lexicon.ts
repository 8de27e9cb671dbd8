import type { SiteLanguage } from '../../schemas/enums.ts';
import { CURATED_WORDS, NOT_A_PART } from './curated.ts';

/** The shortest word of the content that may begin a compound (`amme|…`, `rus|…` only when curated). */
export const MIN_HEAD = 4;
/**
 * The shortest word of the content that may end one: four-letter endings are too often a verb
 * prefix's remainder (`til|s|endt`, `fort|satt`, `plan|lagt`) or a lexicalised compound
 * (`syke|hjem`). Curated words may be shorter (`plan`, `lege`, `team`).
 */
export const MIN_TAIL = 5;

/** Letters that may join two parts of a compound (`ernæring|s|screening`, `vaksinasjon|s|plan`, `läkemedel|s|hantering`). */
export const LINKS: Record<SiteLanguage, readonly string[]> = { nb: ['s', 'e'], nn: ['s', 'e'], sv: ['s', 'e'] };

/** Endings a compound's last part may carry (`…håndtering|en`, `…tjeneste|n`, `…hantering|en`). */
export const ENDINGS: Record<SiteLanguage, readonly string[]> = {
	nb: ['e', 'en', 'er', 'et', 'a', 'ene', 'ane', 'ar', 'ens', 'ets', 's', 'n', 'r'],
	nn: ['e', 'en', 'er', 'et', 'a', 'ane', 'ene', 'ar', 'ens', 'ets', 's', 'n', 'r'],
	sv: ['en', 'et', 'er', 'ar', 'or', 'na', 'n', 's', 'ns', 'ens', 'ets', 'erna', 'arna', 'orna', 'a', 'e'],
};

/** The words the compound splitter may use. */
export interface Lexicon {
	lang: SiteLanguage;
	/** Words that may end a compound (and stand anywhere in it): seen on their own in the content, or curated. */
	tails: ReadonlySet<string>;
	/** Words that may begin a compound or stand in its middle: the tails and the content's four-letter words. */
	heads: ReadonlySet<string>;
	/** Stems the content's compounds reveal as first parts (`legemiddel`): used only where no known word fits. */
	derived: ReadonlySet<string>;
}

/** The lowercase words of a text (letters only; digits and punctuation separate words). */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** The known word `rest` is, bare or with one of the language's endings (`håndteringen` → `håndtering`). */
export function tailWord(rest: string, lexicon: Pick<Lexicon, 'lang' | 'tails'>): string | undefined {
	if (lexicon.tails.has(rest)) return rest;
	const ending = ENDINGS[lexicon.lang].find((e) => rest.endsWith(e) && lexicon.tails.has(rest.slice(0, -e.length)));
	return ending === undefined ? undefined : rest.slice(0, -ending.length);
}

/**
 * The lexicon of one build, derived once from the text of every search page: the words the
 * content uses on their own (function words only as first parts), the curated list of the language, and the
 * first parts the content's own compounds reveal: a stem that stands in front of two or more
 * different known words (`legemiddel|håndtering`, `legemiddel|regning`) is a part even though it
 * never stands alone. No network, no dictionary file: the content is the dictionary.
 */
export function buildLexicon(texts: Iterable<string>, lang: SiteLanguage): Lexicon {
	const never = new Set(NOT_A_PART[lang]);
	const seen = new Set<string>();
	for (const text of texts) for (const word of wordsOf(text)) seen.add(word);
	const tails = new Set([...[...seen].filter((word) => word.length >= MIN_TAIL && !never.has(word)), ...CURATED_WORDS[lang]]);
	// A function word of five letters or more may begin a compound (`under|ernæring`), a short one not (`inne|holder`).
	const heads = new Set([...tails, ...[...seen].filter((word) => word.length >= (never.has(word) ? MIN_TAIL : MIN_HEAD))]);

	const linkedWord = (head: string, next: string) =>
		LINKS[lang].some(
			(link) => (head.endsWith(link) && heads.has(head.slice(0, -link.length))) || (next === link && heads.has(head + link)),
		);
	const tailsOf = new Map<string, Set<string>>();
	for (const word of seen) {
		for (let cut = MIN_TAIL; cut <= word.length - MIN_TAIL; cut++) {
			const head = word.slice(0, cut);
			// A known word, or one with its linking letter cut off or left over, is no new stem.
			if (heads.has(head) || linkedWord(head, word[cut])) continue;
			const rest = word.slice(cut);
			const candidates = [rest, ...LINKS[lang].filter((link) => rest.startsWith(link)).map((link) => rest.slice(link.length))];
			const tail = candidates.map((candidate) => tailWord(candidate, { lang, tails })).find(Boolean);
			if (tail) tailsOf.set(head, (tailsOf.get(head) ?? new Set()).add(tail));
		}
	}
	const derived = new Set([...tailsOf].filter(([, found]) => found.size >= 2).map(([head]) => head));
	return { lang, tails, heads, derived };
}

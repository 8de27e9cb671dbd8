import type { SiteLanguage } from '../../schemas/enums.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * Where Pagefind's stemmer leaves a gap, per language: the endings of a noun's forms that stem
 * alike (`forms`), the two that show a word is such a noun (`singular`, `plural`), and the form
 * the stemmer does not bring back to them (`definite`).
 *
 * Pagefind stems both the words it indexes and the query (Snowball), then matches the query's
 * stem as a prefix. Bokmål nouns in -er are the gap: «leder», «lederen», «ledere» all stem to
 * «leder», which matches «leder», «ledere», «lederutvikling» …, but «lederne» only to «ledern»,
 * which matches none of them, so «lederne» misses a page that says «leder» or «ledere».
 * Nynorsk (-ar: «leiarane» → «leiar») and Swedish (-are: «ledarna» → «led») stem all forms of
 * such nouns alike.
 */
const GAPS: Record<SiteLanguage, { forms: readonly string[]; singular: string; plural: string; definite: string } | undefined> = {
	nb: { forms: ['er', 'eren', 'ere'], singular: 'er', plural: 'ere', definite: 'erne' },
	nn: undefined,
	sv: undefined,
};

/**
 * The inflected forms of a lowercase word that the stemmer would not match: for a form of a noun
 * in -er, its definite plural (`leder`, `lederen`, `ledere` → `lederne`). A noun is a word the
 * lexicon knows both in the singular and in the plural (`leder` and `ledere`): that is what tells
 * it from an infinitive or comparative in -ere («vurdere», «tryggere»), which get nothing.
 */
export function stemmerGapForms(word: string, lexicon: Pick<Lexicon, 'lang' | 'tails'>): string[] {
	const gap = GAPS[lexicon.lang];
	const ending = gap?.forms.find((form) => word.endsWith(form));
	if (!gap || ending === undefined) return [];
	const stem = word.slice(0, -ending.length);
	const noun = lexicon.tails.has(stem + gap.singular) && (lexicon.tails.has(stem + gap.plural) || lexicon.tails.has(stem + gap.definite));
	return noun ? [stem + gap.definite] : [];
}

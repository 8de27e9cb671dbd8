import type { SiteLanguage } from '../../schemas/enums.ts';
import { compoundTails, splitCompound } from './compounds.ts';
import { asciiForms } from './fold.ts';
import { stemmerGapForms } from './inflection.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';

/** The extra forms a written word is indexed with, besides itself. */
export interface ExtraForms {
	/**
	 * Other spellings of the whole word (`lorenskog` for «Lørenskog»), and the inflections the
	 * stemmer would miss of it or of its first part (`lederne` for «ledere» and «lederutvikling»):
	 * they rank as the word does.
	 */
	same: string[];
	/** The ascii spellings among `same` (no inflections): what a hidden metadata forms field holds (`meta-forms.ts`). */
	spellings: string[];
	/** Later parts of a compound and their spellings (`screening` in «Ernæringsscreening»): they rank below the word. */
	parts: string[];
}

const NONE: ExtraForms = { same: [], spellings: [], parts: [] };

/**
 * The extra forms of the words of one build, with the lexicon derived once from the text of all
 * its search pages. Words repeat across thousands of pages: each is worked out once.
 */
export function wordForms(texts: Iterable<string>, lang: SiteLanguage): (word: string) => ExtraForms {
	const lexicon: Lexicon = buildLexicon(texts, lang);
	const known = new Map<string, ExtraForms>();
	return (written) => {
		const word = written.toLowerCase();
		let forms = known.get(word);
		if (!forms) {
			const ascii = (form: string) => [form, ...asciiForms(form, lang)];
			/** A word, the inflections of it the stemmer would miss, and the ascii spellings of both. */
			const spellings = (form: string) => [form, ...stemmerGapForms(form, lexicon)].flatMap(ascii);
			// Pagefind finds «lederutvikling» by «ledere» (the query's stem is a prefix of it): by the
			// first part's missed inflection («lederne») it must too, and with the same weight.
			const starts = splitCompound(word, lexicon);
			const head = starts ? stemmerGapForms(word.slice(0, starts[1]), lexicon).flatMap(ascii) : [];
			const same = [...new Set([...spellings(word), ...head])].filter((form) => form !== word);
			const tails = compoundTails(word, lexicon);
			const parts = [...new Set(tails.flatMap(spellings))].filter((part) => !same.includes(part));
			forms = same.length || parts.length ? { same, spellings: asciiForms(word, lang), parts } : NONE;
			known.set(word, forms);
		}
		return forms;
	};
}

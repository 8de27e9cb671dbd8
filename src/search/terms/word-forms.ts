import type { SiteLanguage } from '../../schemas/enums.ts';
import { compoundTails } from './compounds.ts';
import { asciiForms } from './fold.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';

/** The extra forms a written word is indexed with, besides itself. */
export interface ExtraForms {
	/** Other spellings of the whole word (`lorenskog` for «Lørenskog»): they rank as the word does. */
	same: string[];
	/** Later parts of a compound and their spellings (`screening` in «Ernæringsscreening»): they rank below the word. */
	parts: string[];
}

const NONE: ExtraForms = { same: [], parts: [] };

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
			const same = asciiForms(word, lang);
			const tails = compoundTails(word, lexicon);
			const parts = [...new Set(tails.flatMap((tail) => [tail, ...asciiForms(tail, lang)]))].filter((part) => !same.includes(part));
			forms = same.length || parts.length ? { same, parts } : NONE;
			known.set(word, forms);
		}
		return forms;
	};
}

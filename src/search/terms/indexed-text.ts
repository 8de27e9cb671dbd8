import { escapeHtml } from '../../lib/html-text.ts';
import type { ExtraForms } from './word-forms.ts';
import { TERMS_CLOSE, TERMS_OPEN } from './markers.ts';

/** What Pagefind adds after a heading that ends in a word character (see `indexedHtml`). */
const SENTENCE_END = /[\p{L}\p{N}_'")$*]$/u;

/**
 * A text as the HTML Pagefind indexes, each word followed by its extra forms between the
 * delimiters of `markers.ts`: `Lørenskog ⁅ lorenskog loerenskog ⁆`. Other spellings stand in the
 * text itself and so weigh what the word weighs (Pagefind weights headings); compound parts are
 * in a span of half that weight (`data-pagefind-weight`), so an exact match ranks above a match
 * on a part. `weight` is the weight Pagefind gives the element the text goes into (`h1`: 7,
 * `p`: 1). Delimiter characters in the text itself are replaced, so that the excerpt clean-up
 * cannot mistake them for a run of extra forms.
 */
export function indexedHtml(text: string, formsOf: (word: string) => ExtraForms, weight: number): string {
	const words = text.replaceAll(TERMS_OPEN, '[').replaceAll(TERMS_CLOSE, ']').split(/\s+/).filter(Boolean);
	const html = words.map((token) => {
		const same = new Set<string>();
		const parts = new Set<string>();
		for (const word of token.match(/\p{L}+/gu) ?? []) {
			const forms = formsOf(word);
			for (const form of forms.same) same.add(form);
			for (const form of forms.parts) parts.add(form);
		}
		if (!same.size && !parts.size) return escapeHtml(token);
		const partsHtml = parts.size ? `<span data-pagefind-weight="${weight / 2}">${[...parts].join(' ')}</span>` : '';
		return [escapeHtml(token), TERMS_OPEN, ...same, partsHtml, TERMS_CLOSE].filter(Boolean).join(' ');
	});
	// Pagefind ends a heading with a full stop when its last character is a word character; after a
	// run it would not, and the excerpt would read «…kommunehelsetjenesten Fagdag om …».
	const last = words.at(-1) ?? '';
	const closed = html.length && html.at(-1) !== escapeHtml(last) && SENTENCE_END.test(last);
	return html.join(' ') + (closed ? '.' : '');
}

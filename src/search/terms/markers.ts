/**
 * The delimiters around the extra word forms (ascii spellings, compound parts) written into the
 * text Pagefind indexes, right after the word they belong to: `Lørenskog ⁅ lorenskog ⁆`.
 *
 * Why these characters: each stands alone between spaces, so Pagefind's tokeniser finds no
 * letter in it and indexes nothing for it (a delimiter glued to a word would be indexed as a
 * junk "compound part" such as `⁅lorenskog`), while it stays in the page text Pagefind keeps for
 * excerpts, where the search page's excerpt clean-up (`client/excerpt.ts`) finds and removes the
 * run. They never occur in Norwegian or Swedish prose; the indexed text replaces any that do.
 * Browser-safe: the search page's script imports this module.
 */
export const TERMS_OPEN = '⁅';
export const TERMS_CLOSE = '⁆';

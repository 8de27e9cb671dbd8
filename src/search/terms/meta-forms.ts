/**
 * Hidden metadata fields that hold the ascii spellings of the words of a shown metadata field
 * (`lorenskog loerenskog` beside the title «Lørenskog kommune»), and the ranking weights that
 * make a match there count as one in the field itself.
 *
 * Why: Pagefind adds a boost for query words found in a metadata field, on top of the text's
 * score: `title` weighs 5 by default, every other field 1 (its `ranking.metaWeights`). Every
 * metadata field is indexed for search, but only as written, so without these fields
 * «lorenskog» would miss the boost «lørenskog» gets from the title and the organiser
 * («Lørenskog kommune») and rank those pages lower. The fields are never shown. Browser-safe:
 * the search page's loader imports this module.
 */

/** The hidden field for the ascii spellings of the words of metadata field `key` (`title` → `title_forms`). */
export const formsField = (key: string) => `${key}_forms`;

/** Pagefind's default weight of the `title` field, given to it and its forms field, so that they stay equal. */
const TITLE_WEIGHT = 5;

/** `ranking.metaWeights` for Pagefind: other fields and their forms fields keep its default, 1. */
export const META_WEIGHTS: Readonly<Record<string, number>> = { title: TITLE_WEIGHT, [formsField('title')]: TITLE_WEIGHT };

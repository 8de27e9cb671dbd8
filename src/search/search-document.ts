import { escapeHtml } from '../lib/html-text.ts';
import type { SearchRecord } from './search-record.ts';
import { indexedHtml } from './terms/indexed-text.ts';
import { formsField } from './terms/meta-forms.ts';
import type { ExtraForms } from './terms/word-forms.ts';
import { wordsOf } from './terms/lexicon.ts';

/** Pagefind's weight of an `<h1>` and of a `<p>` (its parser's defaults). */
const TITLE_WEIGHT = 7;
const TEXT_WEIGHT = 1;

/** A `<span>` Pagefind reads a filter or meta value from (`data-pagefind-<kind>="key[data-value]"`). */
const valueSpan = (kind: 'filter' | 'meta', key: string, value: string) =>
	`<span data-pagefind-${kind}="${escapeHtml(key)}[data-value]" data-value="${escapeHtml(value)}"></span>`;

/**
 * The HTML Pagefind indexes for one page: the title as `<h1>` (Pagefind weights headings, so
 * a match in the title ranks above one in the text), the text as one paragraph, and the
 * record's filters and metadata as data attributes (its order key orders the index instead:
 * `pagefind-index.ts`). Built from the content, not
 * taken from the rendered page, so indexing can run while Astro renders. With `wordForms`, title
 * and text carry each word's extra forms (ascii spellings, compound parts; see `terms/`), and
 * the ascii spellings of each metadata field's words go into a hidden field beside it
 * (`title_forms`), so that they get the field's boost (`terms/meta-forms.ts`). Inflections and
 * compound parts do not: a field holding both «leder» and «lederne» would boost «leder» twice.
 */
export function searchDocument(
	page: { title: string; content: string; record: SearchRecord; wordForms?: (word: string) => ExtraForms },
	lang: string,
): string {
	const { filters, meta } = page.record;
	const { wordForms } = page;
	/** The ascii spellings of the words of a metadata value, as the value of its hidden forms field. */
	const spellings = (value = '') => (wordForms ? [...new Set(wordsOf(value).flatMap((word) => wordForms(word).spellings))].join(' ') : '');
	const formsOf = Object.entries(meta).flatMap(([key, value]) => {
		const forms = spellings(value);
		return forms ? [valueSpan('meta', formsField(key), forms)] : [];
	});
	const values = [
		...Object.entries(filters).flatMap(([key, list]) => (list ?? []).map((value) => valueSpan('filter', key, value))),
		...Object.entries(meta).map(([key, value]) => valueSpan('meta', key, value ?? '')),
		...formsOf,
	];
	const text = (value: string, weight: number) => (wordForms ? indexedHtml(value, wordForms, weight) : escapeHtml(value));
	return `<!doctype html><html lang="${escapeHtml(lang)}"><body><h1>${text(page.title, TITLE_WEIGHT)}</h1><p>${text(page.content, TEXT_WEIGHT)}</p>${values.join('')}</body></html>`;
}

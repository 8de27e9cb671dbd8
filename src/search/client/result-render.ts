import { cleanExcerptHtml, excerptWords } from './excerpt.ts';
import type { ResultData } from './pagefind-client.ts';

/** Fills `{name}` placeholders of a translated text. */
export function fill(text: string, vars: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole));
}

/** An element with a class and text (text is never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text) node.textContent = text;
	return node;
}

/**
 * A copy of `sample`, one of the page's own filter options (`<li><label><input><span>value
 * <span class="facet__count">`), for another key and value, with no count.
 */
export function optionLike(sample: Element, key: string, value: string): HTMLLIElement {
	const item = sample.cloneNode(true) as HTMLLIElement;
	Object.assign(item.querySelector('input') as HTMLInputElement, { name: key, value, checked: false });
	const text = item.querySelector('label > span')?.firstChild;
	if (text) text.textContent = `${value} `;
	item.querySelector('.facet__count')?.replaceChildren();
	return item;
}

/** What Pagefind's result data also holds: the page's indexed text and the word positions the search matched. */
interface IndexedText {
	content?: string;
	locations?: number[];
}

/**
 * The excerpt as the page writes it, the matched words in `<mark>` (also where the search matched
 * one of their extra forms, see `terms/`). Built as text nodes from the indexed text; Pagefind's
 * escaped excerpt HTML, cleaned, only when the data holds no text.
 */
function fillExcerpt(excerpt: HTMLElement, data: ResultData & IndexedText): void {
	if (typeof data.content !== 'string' || !Array.isArray(data.locations)) {
		excerpt.innerHTML = cleanExcerptHtml(data.excerpt);
		return;
	}
	excerptWords(data.content, data.locations).forEach(({ text, match }, at) => {
		if (at) excerpt.append(' ');
		excerpt.append(match ? el('mark', '', text) : text);
	});
}

/**
 * One result: an article with the linked title, a line with type, date and organiser, and the
 * excerpt (see `fillExcerpt`).
 */
export function resultItem(data: ResultData & IndexedText, formatDate: (value: string) => string): HTMLLIElement {
	const item = el('li');
	const article = el('article', 'search-result');
	const heading = el('h3', 'search-result__title');
	const link = el('a', '', data.meta.title ?? data.url);
	link.href = data.url;
	heading.append(link);
	const meta = el('p', 'search-result__meta');
	const type = data.filters.type?.[0];
	if (type) meta.append(el('span', 'tag', type));
	const date = data.meta.date;
	if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
		const time = el('time', '', formatDate(date));
		time.dateTime = date;
		meta.append(time);
	}
	if (data.meta.organiser) meta.append(el('span', '', data.meta.organiser));
	const excerpt = el('p', 'search-result__excerpt');
	fillExcerpt(excerpt, data);
	article.append(heading, meta, excerpt);
	item.append(article);
	return item;
}

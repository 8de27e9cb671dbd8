import type { ResultData } from './pagefind.ts';

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

/** One checkbox of a filter group: `<li><input><label>value <span>(count)</span></label></li>`. */
export function facetOption(key: string, value: string, id: string): HTMLLIElement {
	const item = el('li', 'facet__option');
	const input = el('input');
	Object.assign(input, { type: 'checkbox', id, name: key, value });
	const label = el('label', '', `${value} `);
	label.htmlFor = id;
	label.append(el('span', 'facet__count'));
	item.append(input, label);
	return item;
}

/**
 * One result: an article with the linked title, a line with type, date and organiser, and the
 * excerpt. Only the excerpt is inserted as HTML: Pagefind escapes the page text and adds `<mark>`.
 */
export function resultItem(data: ResultData, formatDate: (value: string) => string): HTMLLIElement {
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
	excerpt.innerHTML = data.excerpt;
	article.append(heading, meta, excerpt);
	item.append(article);
	return item;
}

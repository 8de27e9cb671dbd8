/**
 * A small HTML tokenizer for assertions on built pages: tags with quoted attributes (which may
 * contain `<` and `>`), comments, and raw-text elements (script, style) whose content is not
 * markup. Enough to read what Astro writes without an HTML parser dependency.
 */

export interface Tag {
	kind: 'start' | 'end';
	/** Lower-case element name. */
	name: string;
	attributes: Record<string, string>;
	/** Offsets of the tag in the document. */
	start: number;
	end: number;
}

export interface Element {
	name: string;
	attributes: Record<string, string>;
	/** Raw HTML between start and end tag (empty for void elements). */
	inner: string;
	/** Offset of the start tag in the document. */
	index: number;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const ATTRIBUTE = /([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const TAG =
	/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'=<>`/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/(?!>))*)\s*\/?>|<!--[\s\S]*?-->|<![^>]*>/g;

/** Decodes character references (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}

/** Attributes of a start tag's attribute text, decoded; boolean attributes get ''. */
export function parseAttributes(text: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const m of text.matchAll(ATTRIBUTE)) attributes[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
	return attributes;
}

/** Every start and end tag in document order; the content of script and style is skipped. */
export function tags(html: string): Tag[] {
	const found: Tag[] = [];
	const re = new RegExp(TAG.source, 'g');
	for (let m = re.exec(html); m; m = re.exec(html)) {
		if (!m[2]) continue; // comment or doctype
		const name = m[2].toLowerCase();
		const tag: Tag = {
			kind: m[1] ? 'end' : 'start',
			name,
			attributes: m[1] ? {} : parseAttributes(m[3]),
			start: m.index,
			end: m.index + m[0].length,
		};
		found.push(tag);
		if (tag.kind === 'start' && RAW_TEXT.has(name)) {
			const close = html.toLowerCase().indexOf(`</${name}`, tag.end);
			re.lastIndex = close === -1 ? html.length : close;
		}
	}
	return found;
}

/** Every `<name>` element in document order, with its inner HTML. */
export function elements(html: string, name: string): Element[] {
	const wanted = name.toLowerCase();
	const all = tags(html);
	const found: Element[] = [];
	all.forEach((tag, i) => {
		if (tag.kind !== 'start' || tag.name !== wanted) return;
		let inner = '';
		if (!VOID.has(wanted)) {
			let depth = 0;
			for (const next of all.slice(i + 1)) {
				if (next.name !== wanted) continue;
				if (next.kind === 'start') depth++;
				else if (depth-- === 0) {
					inner = html.slice(tag.end, next.start);
					break;
				}
			}
		}
		found.push({ name: wanted, attributes: tag.attributes, inner, index: tag.start });
	});
	return found;
}

/** Visible text of an HTML fragment: tags, scripts and styles removed, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
	let text = '';
	let at = 0;
	for (const tag of tags(html)) {
		text += `${html.slice(at, tag.start)} `;
		at = tag.end;
		if (tag.kind === 'start' && (tag.name === 'script' || tag.name === 'style')) {
			const close = html.toLowerCase().indexOf(`</${tag.name}`, tag.end);
			at = close === -1 ? html.length : close;
		}
	}
	text += html.slice(at);
	return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** The parsed JSON-LD blocks of a page. */
export function jsonLd(html: string): unknown[] {
	return elements(html, 'script')
		.filter((e) => e.attributes.type === 'application/ld+json')
		.map((e) => JSON.parse(e.inner));
}

/** The `<main>` element's HTML, or the whole document when there is none. */
export function mainOf(html: string): string {
	return elements(html, 'main')[0]?.inner ?? html;
}

/** Offset of the first `<a>` whose href is `href` (-1 when there is none). */
export function linkIndex(html: string, href: string): number {
	return elements(html, 'a').find((a) => a.attributes.href === href)?.index ?? -1;
}

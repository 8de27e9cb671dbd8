/** Named character references the body HTML may hold (rehype writes the others as numbers). */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

/** Elements that end a block of text; other tags (inline ones) do not even separate words. */
const BLOCK =
	/^(address|article|aside|blockquote|br|caption|dd|details|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)$/i;
const BREAK = '\n';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text made safe as HTML or XML element content or a double-quoted attribute value. The
 * apostrophe is left as it is (every attribute we write is double-quoted), so text an editor
 * reads back, such as a Callout's title in an MDX body, keeps it.
 */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** Decodes character references: named ones of {@link NAMED}, decimal and hexadecimal ones. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
		const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
		return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/**
 * Joins pieces of text into one line of sentences: white space collapsed, empty pieces dropped,
 * and a full stop after each piece that does not end in punctuation (as Pagefind does after
 * headings and other blocks), so that excerpts read as text.
 */
export function joinSentences(pieces: readonly (string | undefined)[]): string {
	return pieces
		.map((piece) => piece?.replace(/\s+/g, ' ').trim())
		.filter((piece): piece is string => Boolean(piece))
		.map((piece) => (/[.!?:;…]$/.test(piece) ? piece : `${piece}.`))
		.join(' ');
}

/**
 * The text of an HTML fragment as a reader sees it, on one line: comments, scripts and styles
 * dropped, tags removed (inline ones join their words, block ones end a sentence, see
 * {@link joinSentences}) and character references decoded. For trusted, well-formed HTML such
 * as the rendered MDX bodies; not a sanitizer.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/\s+/g, ' ')
		.replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
		.replace(/<\/?([a-z][a-z0-9]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, (_tag, name: string) => (BLOCK.test(name) ? BREAK : ''));
	return joinSentences(text.split(BREAK).map(decodeEntities));
}

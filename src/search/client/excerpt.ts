import { TERMS_CLOSE, TERMS_OPEN } from '../terms/markers.ts';

/**
 * How many written words an excerpt shows: also what the search page asks Pagefind for
 * (`excerptLength` of `PAGEFIND_OPTIONS`), whose own excerpt serves when the data holds no text.
 */
export const EXCERPT_WORDS = 24;

/** A word as the page writes it, with the positions of the indexed text that belong to it. */
interface WrittenWord {
	text: string;
	/** Its own position and those of its run of extra forms (`Lørenskog ⁅ lorenskog ⁆`). */
	first: number;
	last: number;
}

/** One word of an excerpt, and whether the search matched it or one of its extra forms. */
export interface ExcerptWord {
	text: string;
	match: boolean;
}

/**
 * The written words of a text as Pagefind stores it, split as Pagefind splits it to count word
 * positions. A run of extra forms (`terms/markers.ts`) belongs to the word before it; what follows
 * its closing delimiter (a full stop Pagefind adds after a heading) is put back on that word.
 * A run cut off at the start (a window that begins inside one) has no word and is dropped.
 */
function writtenWords(tokens: readonly string[]): WrittenWord[] {
	const words: WrittenWord[] = [];
	const delimiter = tokens.find((token) => token === TERMS_OPEN || token.startsWith(TERMS_CLOSE));
	let inRun = delimiter !== undefined && delimiter !== TERMS_OPEN;
	tokens.forEach((token, at) => {
		const owner = words.at(-1);
		if (token === TERMS_OPEN || token.startsWith(TERMS_CLOSE) || inRun) {
			if (owner) owner.last = at;
			if (token === TERMS_OPEN) inRun = true;
			if (token.startsWith(TERMS_CLOSE)) {
				inRun = false;
				if (owner) owner.text += token.slice(TERMS_CLOSE.length);
			}
			return;
		}
		if (token) words.push({ text: token, first: at, last: at });
	});
	return words;
}

/**
 * The excerpt of a result from the page's indexed text and the positions the search matched:
 * the written words only (no extra forms, no delimiters), a match on an extra form marked on the
 * word it belongs to, and the window of `length` words that holds the most matches, centred on
 * them. Built here rather than taken from Pagefind, whose window counts the extra forms and may
 * start right after the written word it should show.
 */
export function excerptWords(content: string, locations: readonly number[], length = EXCERPT_WORDS): ExcerptWord[] {
	const words = writtenWords(content.split(/[\r\n\s]+/g));
	const hits = new Set(locations);
	const match = words.map(({ first, last }) => [...hits].some((at) => at >= first && at <= last));
	const size = Math.min(length, words.length);
	let best = 0;
	let bestCount = -1;
	for (let start = 0; start + size <= words.length; start++) {
		const count = match.slice(start, start + size).filter(Boolean).length;
		if (count > bestCount) [best, bestCount] = [start, count];
	}
	const inWindow = match.map((hit, at) => (hit && at >= best && at < best + size ? at : -1)).filter((at) => at >= 0);
	if (inWindow.length) {
		const slack = size - (inWindow.at(-1)! - inWindow[0] + 1);
		best = Math.max(0, Math.min(inWindow[0] - Math.floor(slack / 2), words.length - size));
	}
	return words.slice(best, best + size).map(({ text }, at) => ({ text, match: match[best + at] }));
}

/**
 * Pagefind's own excerpt HTML without the extra forms: each run removed and a `<mark>` in it put
 * on the word before it; a run cut off by the window's start or end dropped. For results whose
 * data carries no text and positions.
 */
export function cleanExcerptHtml(html: string): string {
	const tokens = html.split(' ');
	const plain = tokens.map((token) => token.replace(/<\/?mark>/g, ''));
	const words = writtenWords(plain);
	return words
		.map(({ text, first, last }) => {
			const marked = tokens.slice(first, last + 1).some((token) => token.includes('<mark>'));
			const own = tokens[first];
			if (!marked || own.includes('<mark>')) return own + text.slice(plain[first].length);
			return `<mark>${text}</mark>`;
		})
		.join(' ');
}

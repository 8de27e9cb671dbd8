import { LINKS, type Lexicon, tailWord } from './lexicon.ts';

/** Below this length a word is not split: two parts of four letters are the least that is not noise. */
const MIN_COMPOUND = 7;

/** One way to cut a word: where each part starts, and how many linking letters it used. */
interface Split {
	starts: number[];
	/** How many parts are stems derived from compounds rather than words. */
	derived: number;
	links: number;
	shortest: number;
}

/** Fewer parts first (known long words over fragments), then words over derived stems, then the longest shortest part, then fewer linking letters. */
function better(a: Split, b: Split | undefined): boolean {
	if (!b) return true;
	const order = [b.starts.length - a.starts.length, b.derived - a.derived, a.shortest - b.shortest, b.links - a.links];
	return (order.find((difference) => difference !== 0) ?? 0) > 0;
}

/**
 * The best split of a lowercase word into known parts (`ernæring|s|screening`), as the offsets
 * where its parts start (`[0, 9]`), or undefined when it is not a compound of known parts. Every
 * part is a lexicon word (a head may also be a first or middle part), a linking letter may stand
 * between parts, and the last part may carry an ending (`…håndtering|en`).
 */
export function splitCompound(word: string, lexicon: Lexicon): number[] | undefined {
	if (word.length < MIN_COMPOUND) return undefined;
	const memo = new Map<number, Split | null>();
	/** The best split of `word` from `from` on into two or more parts, the first starting at `from`. */
	const from = (start: number, first: boolean): Split | null => {
		const key = start * 2 + (first ? 1 : 0);
		if (memo.has(key)) return memo.get(key) ?? null;
		let best: Split | undefined;
		// The last part: a word (with its ending) after at least one earlier part.
		if (!first && tailWord(word.slice(start), lexicon)) best = { starts: [start], derived: 0, links: 0, shortest: word.length - start };
		for (let end = start + 3; end < word.length; end++) {
			const part = word.slice(start, end);
			const derived = !lexicon.heads.has(part);
			if (derived && !lexicon.derived.has(part)) continue;
			for (const link of ['', ...LINKS[lexicon.lang]]) {
				if (!word.startsWith(link, end)) continue;
				const rest = from(end + link.length, false);
				if (!rest) continue;
				const split: Split = {
					starts: [start, ...rest.starts],
					derived: rest.derived + (derived ? 1 : 0),
					links: rest.links + (link ? 1 : 0),
					shortest: Math.min(part.length, rest.shortest),
				};
				if (better(split, best)) best = split;
			}
		}
		memo.set(key, best ?? null);
		return best ?? null;
	};
	return from(0, true)?.starts;
}

/**
 * The later parts of a compound, each with the rest of the word (`kommunehelsetjenesten` →
 * `helsetjenesten`, `tjenesten`): what a search for a part must find. The first part is left out,
 * since Pagefind already finds a word by its beginning. Empty for a word that is not a compound.
 */
export function compoundTails(word: string, lexicon: Lexicon): string[] {
	const starts = splitCompound(word, lexicon);
	if (!starts) return [];
	const tails = starts.slice(1).map((start) => word.slice(start));
	return [...new Set(tails.flatMap((tail) => [tail, ...compoundTails(tail, lexicon)]))];
}

import { describe, expect, it } from 'vitest';
import { compoundTails, splitCompound } from '../../../../src/search/terms/compounds.ts';
import { buildLexicon } from '../../../../src/search/terms/lexicon.ts';

/** The parts of a word as `a|b|c`, the linking letters left with the part before them. */
const parts = (word: string, starts: number[] | undefined) =>
	starts ? starts.map((start, i) => word.slice(start, starts[i + 1] ?? word.length)).join('|') : undefined;

// A lexicon as a build derives it: the words of the pages (here a few sentences) and the curated list.
const nb = buildLexicon(
	[
		'Trygg håndtering av legemidler. Legemiddelregning og legemiddelgjennomgang i sykehjem.',
		'Barn og unge. Helse for alle. Vi planlegger sendingen, og ingen er for sent ute.',
		'Kurset er fortsatt åpent; det er planlagt og tilsendt. Sykepleiere og eiere.',
	],
	'nb',
);
const split = (word: string) => parts(word, splitCompound(word, nb));

describe('splitting Norwegian compounds into known parts', () => {
	it('splits without a linking letter', () => {
		expect(split('ammeveiledning')).toBe('amme|veiledning');
		expect(split('legemiddelhåndtering')).toBe('legemiddel|håndtering');
	});

	it('splits with the linking letter s', () => {
		expect(split('ernæringsscreening')).toBe('ernærings|screening');
		expect(compoundTails('ernæringsscreening', nb)).toEqual(['screening']);
	});

	it('splits with the linking letter e', () => {
		expect(split('barneomsorg')).toBe('barne|omsorg');
		expect(compoundTails('barneomsorg', nb)).toEqual(['omsorg']);
	});

	it('lets the last part carry an ending', () => {
		expect(compoundTails('legemiddelhåndteringen', nb)).toEqual(['håndteringen']);
	});

	it('gives every later part of a longer compound, each with the rest of the word', () => {
		expect(compoundTails('kommunehelsetjenesten', nb)).toEqual(['helsetjenesten', 'tjenesten']);
	});

	it('learns a first part that never stands alone from two compounds of the content (rusmiddel)', () => {
		const texts = ['Problemer og avhengighet.', 'Rusmiddelproblemer og rusmiddelavhengighet.'];
		const lexicon = buildLexicon(texts, 'nb');
		expect(lexicon.derived.has('rusmiddel')).toBe(true);
		expect(compoundTails('rusmiddelproblemer', lexicon)).toEqual(['problemer']);
		// One compound is not enough: «rusmiddel» could be any cut of one word.
		const once = buildLexicon([texts[0], 'Rusmiddelproblemer.'], 'nb');
		expect(once.derived.has('rusmiddel')).toBe(false);
		expect(compoundTails('rusmiddelproblemer', once)).toEqual([]);
	});

	it('does not split into function words, short remainders of verb prefixes or word endings', () => {
		expect(split('sendingen')).toBeUndefined(); // not «send|ingen»
		expect(split('tilsendt')).toBeUndefined(); // not «til|s|endt»
		expect(split('planlagt')).toBeUndefined(); // not «plan|lagt»
		expect(split('fortsatt')).toBeUndefined();
		expect(compoundTails('sykepleiere', nb)).not.toContain('eiere');
		expect(compoundTails('sykehjem', nb)).toEqual([]); // a four-letter last part must be curated
	});

	it('lets a long function word begin a compound, a short one not', () => {
		const lexicon = buildLexicon(['Under og inne. Ernæring. Holder.'], 'nb');
		expect(compoundTails('underernæring', lexicon)).toEqual(['ernæring']);
		expect(compoundTails('inneholder', lexicon)).toEqual([]);
	});

	it('splits welfare technology and medicine dispensers by curated parts the content never uses alone', () => {
		// The sentences above have none of «velferd», «teknologi», «medisin», «dispenser».
		expect(split('velferdsteknologi')).toBe('velferds|teknologi');
		expect(compoundTails('velferdsteknologien', nb)).toEqual(['teknologien']);
		expect(split('medisindispensere')).toBe('medisin|dispensere');
		expect(split('akuttmedisin')).toBeUndefined(); // «akutt» is no part of these sentences
		expect(split('dispensere')).toBeUndefined();
	});

	it('does not split a word that is only a known word with an ending, or is too short', () => {
		expect(split('legemidlene')).toBeUndefined();
		expect(split('håndteringen')).toBeUndefined();
		expect(split('barnet')).toBeUndefined();
	});
});

const sv = buildLexicon(['Hund och ägare. Vård och planering i hemtjänsten. Läkemedel i vården.'], 'sv');
const splitSv = (word: string) => parts(word, splitCompound(word, sv));

describe('splitting Swedish compounds into known parts', () => {
	it('splits without a linking letter', () => {
		expect(splitSv('vårdplanering')).toBe('vård|planering');
		expect(compoundTails('vårdplaneringen', sv)).toEqual(['planeringen']);
	});

	it('splits with the linking letter s', () => {
		expect(splitSv('läkemedelshantering')).toBe('läkemedels|hantering');
		expect(compoundTails('läkemedelshanteringen', sv)).toEqual(['hanteringen']);
	});

	it('splits with the linking letter e (rare in Swedish, as in «tidevarv»)', () => {
		expect(splitSv('hundeägare')).toBe('hunde|ägare');
	});

	it('does not split function words off', () => {
		expect(splitSv('vårdinte')).toBeUndefined();
	});

	it('splits welfare technology and medicine dispensers by curated parts', () => {
		expect(splitSv('välfärdsteknik')).toBe('välfärds|teknik');
		expect(splitSv('läkemedelsdispenser')).toBe('läkemedels|dispenser');
		expect(splitSv('medicindispensern')).toBe('medicin|dispensern');
	});
});

import { describe, expect, it } from 'vitest';
import { asciiForms } from '../../../../src/search/terms/fold.ts';

describe('ascii spellings of Norwegian letters', () => {
	it('spells ø as o and oe, the way the site writes its own URLs and the way others type it', () => {
		expect(asciiForms('lørenskog', 'nb')).toEqual(['lorenskog', 'loerenskog']);
		expect(asciiForms('førstehjelp', 'nb')).toEqual(['forstehjelp', 'foerstehjelp']);
	});

	it('spells æ as ae and a', () => {
		expect(asciiForms('ernæring', 'nb')).toEqual(['ernaering', 'ernaring']);
		expect(asciiForms('opplæring', 'nn')).toEqual(['opplaering', 'opplaring']);
	});

	it('spells every ø and æ of a word the same way in each form, and keeps å (Pagefind folds it)', () => {
		expect(asciiForms('særøvelse', 'nb')).toEqual(['saerovelse', 'saroevelse']);
		expect(asciiForms('pårørende', 'nb')).toEqual(['pårorende', 'påroerende']);
	});

	it('adds nothing for words Pagefind matches by itself (å, é) or that have no such letter', () => {
		expect(asciiForms('ålesund', 'nb')).toEqual([]);
		expect(asciiForms('café', 'nn')).toEqual([]);
		expect(asciiForms('demens', 'nb')).toEqual([]);
	});
});

describe('ascii spellings on a Swedish site', () => {
	it('adds nothing for å, ä and ö: Pagefind already finds «Göteborg» by «goteborg»', () => {
		expect(asciiForms('göteborg', 'sv')).toEqual([]);
		expect(asciiForms('läkemedelshantering', 'sv')).toEqual([]);
		expect(asciiForms('västerås', 'sv')).toEqual([]);
	});

	it('spells the ø and æ of Norwegian and Danish names as Swedish readers type them', () => {
		expect(asciiForms('tromsø', 'sv')).toEqual(['tromso', 'tromsoe']);
		expect(asciiForms('værnes', 'sv')).toEqual(['vaernes', 'varnes']);
	});
});

import { describe, expect, it } from 'vitest';
import { stemmerGapForms } from '../../../../src/search/terms/inflection.ts';
import { buildLexicon } from '../../../../src/search/terms/lexicon.ts';
import { wordForms } from '../../../../src/search/terms/word-forms.ts';

// Content that uses «leder» and «ledere» (a noun), infinitives and comparatives in -ere.
const TEXTS = ['En leder og to ledere. Vi skal vurdere tiltakene, tryggere og raskere. Lederutvikling for avdelingsledere, utvikling.'];
const nb = buildLexicon(TEXTS, 'nb');

describe('inflections the stemmer misses (bokmål nouns in -er)', () => {
	it('gives the definite plural of every form of a noun the content has in singular and plural', () => {
		for (const word of ['leder', 'lederen', 'ledere']) expect(stemmerGapForms(word, nb), word).toEqual(['lederne']);
	});

	it('gives nothing for infinitives and comparatives in -ere, nor for a noun seen only in the singular', () => {
		expect(stemmerGapForms('vurdere', nb)).toEqual([]);
		expect(stemmerGapForms('tryggere', nb)).toEqual([]);
		// «sykepleier» is curated, but the content never has the plural «sykepleiere».
		expect(stemmerGapForms('sykepleier', nb)).toEqual([]);
		expect(stemmerGapForms('sykepleier', buildLexicon(['Sykepleiere.'], 'nb'))).toEqual(['sykepleierne']);
	});

	it('gives nothing in nynorsk and Swedish, whose stemmers bring every form of such nouns back alike', () => {
		expect(stemmerGapForms('leiarar', buildLexicon(['leiar leiarar'], 'nn'))).toEqual([]);
		expect(stemmerGapForms('ledare', buildLexicon(['ledare ledaren'], 'sv'))).toEqual([]);
	});

	it('indexes the definite plural as the word itself, for a compound by its first part, and as a part after a later one', () => {
		const forms = wordForms(TEXTS, 'nb');
		expect(forms('Ledere')).toEqual({ same: ['lederne'], spellings: [], parts: [] });
		// «ledere» finds «lederutvikling» by its stem «leder»: «lederne» must too.
		expect(forms('lederutvikling').same).toEqual(['lederne']);
		expect(forms('avdelingsledere').parts).toContain('lederne');
		expect(forms('vurdere')).toEqual({ same: [], spellings: [], parts: [] });
	});
});

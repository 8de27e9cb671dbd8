import { describe, expect, it } from 'vitest';
import { indexedHtml } from '../../../../src/search/terms/indexed-text.ts';
import { wordForms } from '../../../../src/search/terms/word-forms.ts';

const forms = wordForms(['Psykisk førstehjelp i Lørenskog. Ernæring og screening.'], 'nb');

describe('the text Pagefind indexes, with the extra forms of each word', () => {
	it('writes other spellings right after the word, between the delimiters, in the weight of the text', () => {
		expect(indexedHtml('Kurs i Lørenskog, i dag.', forms, 1)).toBe('Kurs i Lørenskog, ⁅ lorenskog loerenskog ⁆ i dag.');
	});

	it('writes compound parts in a span of half the weight, so that an exact match ranks above them', () => {
		expect(indexedHtml('Ernæringsscreening og tiltak', forms, 7)).toBe(
			'Ernæringsscreening ⁅ ernaeringsscreening ernaringsscreening <span data-pagefind-weight="3.5">screening</span> ⁆ og tiltak',
		);
		expect(indexedHtml('Om ammeveiledning.', forms, 1)).toBe('Om ammeveiledning. ⁅ <span data-pagefind-weight="0.5">veiledning</span> ⁆');
	});

	it('ends a heading or paragraph whose last word has a run with the full stop Pagefind would have added', () => {
		expect(indexedHtml('Psykisk førstehjelp', forms, 7)).toBe('Psykisk førstehjelp ⁅ forstehjelp foerstehjelp ⁆.');
		expect(indexedHtml('Psykisk førstehjelp?', forms, 7)).toBe('Psykisk førstehjelp? ⁅ forstehjelp foerstehjelp ⁆');
		expect(indexedHtml('Psykisk helse', forms, 7)).toBe('Psykisk helse');
	});

	it('escapes the text and replaces delimiter characters the text itself holds', () => {
		expect(indexedHtml('A & <b> ⁅x⁆ "Lørenskog"', forms, 1)).toBe('A &amp; &lt;b&gt; [x] &quot;Lørenskog&quot; ⁅ lorenskog loerenskog ⁆.');
	});

	it('gives the words of a hyphenated token their forms too', () => {
		expect(indexedHtml('e-læring', forms, 1)).toBe('e-læring ⁅ laering laring ⁆.');
	});
});

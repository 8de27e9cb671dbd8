import { describe, expect, it } from 'vitest';
import { cleanExcerptHtml, excerptWords } from '../../../src/search/client/excerpt.ts';

/** An excerpt as text, marked words in `[…]`. */
const shown = (words: { text: string; match: boolean }[]) => words.map(({ text, match }) => (match ? `[${text}]` : text)).join(' ');

// Word positions as Pagefind counts them: 0 Lørenskog, 1 ⁅, 2 lorenskog, 3 loerenskog, 4 ⁆., 5 Kurs …
const content =
	'Lørenskog ⁅ lorenskog loerenskog ⁆. Kurs om ernæring ⁅ ernaering ernaring ⁆ og ammeveiledning. ⁅ veiledning ⁆ i Lørenskog. ⁅ lorenskog loerenskog ⁆';

describe('the excerpt of a result, built from the indexed text', () => {
	it('shows the words as written and marks the word whose extra form matched', () => {
		expect(shown(excerptWords(content, [2, 19]))).toBe('[Lørenskog.] Kurs om ernæring og ammeveiledning. i [Lørenskog.]');
		expect(shown(excerptWords(content, [14]))).toBe('Lørenskog. Kurs om ernæring og [ammeveiledning.] i Lørenskog.');
	});

	it('marks a word matched as written', () => {
		expect(shown(excerptWords(content, [7]))).toBe('Lørenskog. Kurs om [ernæring] og ammeveiledning. i Lørenskog.');
	});

	it('shows the window of words with the most matches, centred on them', () => {
		const long = Array.from({ length: 40 }, (_, i) => `w${i}`);
		long[30] = 'Lørenskog ⁅ lorenskog ⁆';
		const text = long.join(' ');
		// Position of «lorenskog»: 30 words before it, then «Lørenskog» and «⁅».
		const words = excerptWords(text, [32], 9);
		expect(shown(words)).toBe('w26 w27 w28 w29 [Lørenskog] w31 w32 w33 w34');
		expect(shown(excerptWords(text, [], 3))).toBe('w0 w1 w2');
	});
});

describe("Pagefind's excerpt HTML, cleaned", () => {
	it('removes the runs and moves a mark in one onto the word before it', () => {
		expect(cleanExcerptHtml('Kurs i Lørenskog ⁅ <mark>lorenskog</mark> loerenskog ⁆ kommune.')).toBe(
			'Kurs i <mark>Lørenskog</mark> kommune.',
		);
		expect(cleanExcerptHtml('<mark>Ernæring</mark> ⁅ <mark>ernaering</mark> ernaring ⁆ og &lt;mat&gt;')).toBe(
			'<mark>Ernæring</mark> og &lt;mat&gt;',
		);
	});

	it('puts back the full stop after a heading run', () => {
		expect(cleanExcerptHtml('Psykisk førstehjelp ⁅ <mark>forstehjelp</mark> foerstehjelp ⁆. Kurs')).toBe(
			'Psykisk <mark>førstehjelp.</mark> Kurs',
		);
	});

	it('drops a run cut off by the start of the window, and one cut off by its end (its mark moved)', () => {
		expect(cleanExcerptHtml('loerenskog ⁆ kommune. Kurs i Lørenskog ⁅ <mark>lorenskog</mark>')).toBe(
			'kommune. Kurs i <mark>Lørenskog</mark>',
		);
		expect(cleanExcerptHtml('<mark>lorenskog</mark> ⁆ kommune')).toBe('kommune');
	});
});

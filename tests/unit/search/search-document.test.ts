import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/search/search-document.ts';
import { wordForms } from '../../../src/search/terms/word-forms.ts';

describe('the HTML a page is indexed from', () => {
	const html = searchDocument(
		{
			title: 'Sår & «sårbehandling» <grunnkurs>',
			content: 'Om "kurset". Kurs.',
			record: {
				filters: { type: ['Kurs'], topic: ['Sår', 'Hud & sår'] },
				meta: { title: 'Sår & «sårbehandling» <grunnkurs>', date: '2027-02-10' },
				sort: { date: '2027-02-10T09:00' },
			},
		},
		'no',
	);

	it('has the title as its heading and the text as a paragraph, escaped', () => {
		expect(html).toContain('<html lang="no"><body><h1>Sår &amp; «sårbehandling» &lt;grunnkurs&gt;</h1><p>Om &quot;kurset&quot;. Kurs.</p>');
	});

	it('carries every filter value and meta field as a data attribute, and no sort key (the index is in date order)', () => {
		const values = [...html.matchAll(/data-pagefind-(\w+)="([^"]+)\[data-value\]" data-value="([^"]*)"/g)].map((m) => m.slice(1).join(' '));
		expect(values).toEqual([
			'filter type Kurs',
			'filter topic Sår',
			'filter topic Hud &amp; sår',
			'meta title Sår &amp; «sårbehandling» &lt;grunnkurs&gt;',
			'meta date 2027-02-10',
		]);
		expect(html).not.toContain('data-pagefind-sort');
	});

	it('indexes title and text with the extra forms of their words, the metadata as written', () => {
		const page = {
			title: 'Legemiddelhåndtering i Lørenskog',
			content: 'Om legemidler.',
			record: { filters: {}, meta: { title: 'Legemiddelhåndtering i Lørenskog' }, sort: {} },
			wordForms: wordForms(['Legemiddelhåndtering i Lørenskog. Om legemidler.'], 'nb'),
		};
		expect(searchDocument(page, 'no')).toContain(
			'<h1>Legemiddelhåndtering ⁅ <span data-pagefind-weight="3.5">håndtering</span> ⁆ i Lørenskog ⁅ lorenskog loerenskog ⁆.</h1><p>Om legemidler.</p>',
		);
		expect(searchDocument(page, 'no')).toContain('data-pagefind-meta="title[data-value]" data-value="Legemiddelhåndtering i Lørenskog"');
	});

	it('puts the ascii spellings of each metadata field in a hidden field beside it, without inflections or compound parts', () => {
		const texts = ['Nye ledere i Lørenskog. En leder. Ernæringsscreening i Bærum kommune.'];
		const page = {
			title: 'Nye ledere i Lørenskog: ernæringsscreening',
			content: 'Om kurset.',
			record: {
				filters: {},
				meta: { title: 'Nye ledere i Lørenskog: ernæringsscreening', organiser: 'Bærum kommune', date: '2027-02-10' },
				sort: {},
			},
			wordForms: wordForms(texts, 'nb'),
		};
		const values = [...searchDocument(page, 'no').matchAll(/data-pagefind-meta="(\w+)\[data-value\]" data-value="([^"]*)"/g)].map((m) =>
			m.slice(1).join(': '),
		);
		expect(values).toEqual([
			'title: Nye ledere i Lørenskog: ernæringsscreening',
			'organiser: Bærum kommune',
			'date: 2027-02-10',
			'title_forms: lorenskog loerenskog ernaeringsscreening ernaringsscreening',
			'organiser_forms: baerum barum',
		]);
		// The text has the inflection and the part; the forms fields not.
		expect(searchDocument(page, 'no')).toContain('ledere ⁅ lederne ⁆');
	});
});

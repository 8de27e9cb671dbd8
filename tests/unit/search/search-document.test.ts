import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../../src/search/search-document.ts';

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

	it('carries every filter value, meta field and sort key as a data attribute', () => {
		const values = [...html.matchAll(/data-pagefind-(\w+)="([^"]+)\[data-value\]" data-value="([^"]*)"/g)].map((m) => m.slice(1).join(' '));
		expect(values).toEqual([
			'filter type Kurs',
			'filter topic Sår',
			'filter topic Hud &amp; sår',
			'meta title Sår &amp; «sårbehandling» &lt;grunnkurs&gt;',
			'meta date 2027-02-10',
			'sort date 2027-02-10T09:00',
		]);
	});
});

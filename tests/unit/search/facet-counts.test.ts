import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/search/facet-counts.ts';
import { FILTER_KEYS } from '../../../src/search/search-record.ts';

const record = (filters: Record<string, string[]>) => ({ filters, meta: {}, sort: {} });

describe('the counts of the search filters', () => {
	it('counts the pages per value of every key, each page once per value', () => {
		const facets = facetCounts(
			[
				record({ type: ['Kurs'], topic: ['Demens', 'Legemidler', 'Demens'] }),
				record({ type: ['Kurs'], topic: ['Demens'] }),
				record({ type: ['Nyhet'] }),
			],
			'nb-NO',
		);
		expect(facets).toEqual([
			{
				key: 'type',
				values: [
					{ value: 'Kurs', count: 2 },
					{ value: 'Nyhet', count: 1 },
				],
			},
			{
				key: 'topic',
				values: [
					{ value: 'Demens', count: 2 },
					{ value: 'Legemidler', count: 1 },
				],
			},
			{ key: 'audience', values: [] },
			{ key: 'organiser', values: [] },
			{ key: 'format', values: [] },
			{ key: 'region', values: [] },
		]);
	});

	it('gives every key in contract order, also without records', () => {
		expect(facetCounts([], 'nb-NO').map((f) => f.key)).toEqual([...FILTER_KEYS]);
	});

	it('sorts the values in the language of the site, whatever order the pages come in', () => {
		const names = ['Ås kommune', 'Øvre Eiker', 'Askim', 'Ørland', 'Bergen', 'Ålesund', 'Ærø'];
		const values = (locale: string, list: string[]) =>
			facetCounts(
				list.map((name) => record({ organiser: [name] })),
				locale,
			)[3].values.map((v) => v.value);
		const norwegian = ['Askim', 'Bergen', 'Ærø', 'Ørland', 'Øvre Eiker', 'Ålesund', 'Ås kommune'];
		expect(values('nb-NO', names)).toEqual(norwegian);
		expect(values('nb-NO', [...names].reverse())).toEqual(norwegian);
		expect(values('sv-SE', names)).toEqual(['Askim', 'Bergen', 'Ålesund', 'Ås kommune', 'Ærø', 'Ørland', 'Øvre Eiker']);
	});

	it('keeps values the collation calls equal in a fixed order', () => {
		const values = (list: string[]) =>
			facetCounts(
				list.map((name) => record({ topic: [name] })),
				'nb-NO',
			)[1].values.map((v) => v.value);
		expect(values(['e\u0301', '\u00e9'])).toEqual(values(['\u00e9', 'e\u0301']));
	});
});

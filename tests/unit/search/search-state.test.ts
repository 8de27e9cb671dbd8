import { describe, expect, it } from 'vitest';
import { FILTER_KEYS } from '../../../src/search/search-record.ts';
import {
	activeFilters,
	hasSearchFilters,
	pagefindFilters,
	parseSearchState,
	serializeState,
	withArchive,
	withFilter,
} from '../../../src/search/search-state.ts';

describe('search state in the URL', () => {
	it('reads the query and one repeated parameter per filter key', () => {
		expect(parseSearchState('?q=demens&topic=Demens&topic=Legemidler&type=Kurs')).toEqual({
			q: 'demens',
			filters: { topic: ['Demens', 'Legemidler'], type: ['Kurs'] },
		});
	});

	it('reads Norwegian letters, spaces and plus signs', () => {
		expect(parseSearchState('?q=s%C3%A5r+og+stell&organiser=L%C3%B8renskog%20kommune')).toEqual({
			q: 'sår og stell',
			filters: { organiser: ['Lørenskog kommune'] },
		});
	});

	it('ignores unknown keys, empty values and repeated values', () => {
		expect(parseSearchState('?x=1&topic=&topic=Demens&topic=Demens&sort=date')).toEqual({ q: '', filters: { topic: ['Demens'] } });
		expect(parseSearchState('')).toEqual({ q: '', filters: {} });
	});

	it('accepts URLSearchParams', () => {
		expect(parseSearchState(new URLSearchParams({ q: 'x', region: 'Oslo' }))).toEqual({ q: 'x', filters: { region: ['Oslo'] } });
	});

	it('writes q first, then the keys in contract order, and nothing for the empty state', () => {
		expect(serializeState({ q: ' demens ', filters: { topic: ['Demens', 'Legemidler'], type: ['Kurs'] } })).toBe(
			'?q=demens&type=Kurs&topic=Demens&topic=Legemidler',
		);
		expect(serializeState({ q: '  ', filters: {} })).toBe('');
	});

	it('round-trips every filter key', () => {
		const state = { q: 'sår & stell', filters: Object.fromEntries(FILTER_KEYS.map((key) => [key, [`${key} a`, 'Ø=1']])) };
		expect(parseSearchState(serializeState(state))).toEqual(state);
	});

	it('turns filter values on and off without changing the input state', () => {
		const start = parseSearchState('?q=demens&topic=Demens');
		const more = withFilter(start, 'topic', 'Legemidler', true);
		expect(more.filters.topic).toEqual(['Demens', 'Legemidler']);
		expect(withFilter(more, 'topic', 'Legemidler', true).filters.topic).toEqual(['Demens', 'Legemidler']);
		expect(withFilter(start, 'topic', 'Demens', false)).toEqual({ q: 'demens', filters: {} });
		expect(start.filters.topic).toEqual(['Demens']);
	});

	it('gives Pagefind OR within a key and AND across keys', () => {
		const state = parseSearchState('?topic=Demens&topic=Legemidler&type=Kurs');
		expect(pagefindFilters(state)).toEqual({ type: { any: ['Kurs'] }, topic: { any: ['Demens', 'Legemidler'] } });
		expect(activeFilters(state)).toEqual([
			['type', 'Kurs'],
			['topic', 'Demens'],
			['topic', 'Legemidler'],
		]);
		expect(hasSearchFilters(state)).toBe(true);
		expect(hasSearchFilters(parseSearchState('?q=demens'))).toBe(false);
	});

	it('keeps the archive choice as `archive=1`, across filter changes, and leaves it out when off', () => {
		const state = parseSearchState('?q=palliativ&archive=1&type=Kurs');
		expect(state).toEqual({ q: 'palliativ', filters: { type: ['Kurs'] }, archive: true });
		expect(serializeState(state)).toBe('?q=palliativ&type=Kurs&archive=1');
		expect(withFilter(state, 'topic', 'Demens', true).archive).toBe(true);
		expect(serializeState(withArchive(state, false))).toBe('?q=palliativ&type=Kurs');
		expect(withArchive(state, false)).not.toHaveProperty('archive');
		expect(serializeState(withArchive({ q: '', filters: {} }, true))).toBe('?archive=1');
		// Only `1` means on.
		expect(parseSearchState('?q=x&archive=0').archive).toBeUndefined();
		expect(parseSearchState('?q=x&archive=yes').archive).toBeUndefined();
	});
});

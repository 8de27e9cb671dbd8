import { describe, expect, it } from 'vitest';
import {
	findRegion,
	inRegion,
	pickRegional,
	regionsInUrl,
	siteRegion,
	visibleFor,
	withRegion,
} from '../../../src/regions/region-filter.ts';

const REGIONS = [
	{ slug: 'nedre-romerike', name: 'Nedre Romerike' },
	{ slug: 'follo', name: 'Follo' },
];

describe('findRegion', () => {
	it('finds a region by slug or by name, and nothing else', () => {
		expect(findRegion(REGIONS, 'Nedre Romerike')?.slug).toBe('nedre-romerike');
		expect(findRegion(REGIONS, 'follo')?.name).toBe('Follo');
		expect(findRegion(REGIONS, 'follo ')).toBeUndefined();
		expect(findRegion([], 'Follo')).toBeUndefined();
	});
});

describe('siteRegion', () => {
	it('finds a region of site.yaml by slug only, not by name', () => {
		expect(siteRegion(REGIONS, 'follo')?.name).toBe('Follo');
		expect(siteRegion(REGIONS, 'Follo')).toBeUndefined();
		expect(siteRegion([], 'follo')).toBeUndefined();
	});
});

describe('inRegion', () => {
	it('holds an item of the region and one serving every region, not one of another region', () => {
		expect(inRegion({ region: 'follo' }, 'follo')).toBe(true);
		expect(inRegion({ region: '' }, 'follo')).toBe(true);
		expect(inRegion({ region: 'nedre-romerike' }, 'follo')).toBe(false);
	});
});

describe('pickRegional', () => {
	// Items are their region: '' serves every region.
	const pick = (items: string[], limit: number) =>
		pickRegional(
			items.map((region, i) => ({ i, region })),
			(x) => x.region,
			['a', 'b'],
			limit,
		).map((x) => x.i);

	it('keeps the first `limit` overall and the first `limit` of every region, in order', () => {
		expect(pick(['a', 'a', 'a', 'b', 'b', 'b'], 2)).toEqual([0, 1, 3, 4]);
		expect(pick(['', 'a', 'a', 'b', 'b'], 2)).toEqual([0, 1, 3]);
	});
	it('counts region-less items for every region', () => {
		expect(pick(['', '', 'a', 'b'], 2)).toEqual([0, 1]);
	});
	it('ignores regions it does not know beyond the overall list', () => {
		expect(pick(['x', 'x', 'x', 'a'], 2)).toEqual([0, 1, 3]);
	});
});

describe('visibleFor', () => {
	const list = ['a', '', 'b', 'a', null, 'a'];
	it('shows everything (that has not ended) for all regions, up to the limit', () => {
		expect(visibleFor(list, '')).toEqual([true, true, true, true, false, true]);
		expect(visibleFor(list, '', 2)).toEqual([true, true, false, false, false, false]);
	});
	it('shows the region and region-less items for a region, up to the limit', () => {
		expect(visibleFor(list, 'a')).toEqual([true, true, false, true, false, true]);
		expect(visibleFor(list, 'a', 3)).toEqual([true, true, false, true, false, false]);
		expect(visibleFor(list, 'b')).toEqual([false, true, true, false, false, false]);
	});
});

describe('regionsInUrl and withRegion', () => {
	const known = new Set(['follo', 'oslo']);
	const read = (query: string) => regionsInUrl(new URLSearchParams(query), known);

	it('reads the known regions, once each; unknown ones are dropped; absent is undefined', () => {
		expect(read('region=follo')).toEqual(['follo']);
		expect(read('region=bergen')).toEqual([]);
		expect(read('region=follo&region=oslo&region=follo&region=bergen')).toEqual(['follo', 'oslo']);
		expect(read('region=')).toEqual([]);
		expect(read('topic=demens')).toBeUndefined();
	});
	it('sets or removes the region, keeps other parameters and resets the page', () => {
		expect(withRegion('', 'follo')).toBe('?region=follo');
		expect(withRegion('?topic=demens&region=a&region=b&page=3', 'oslo')).toBe('?topic=demens&region=oslo');
		expect(withRegion('?region=follo', '')).toBe('');
	});
});

import { describe, expect, it } from 'vitest';
import { changedOn, publishedOn, publishedOrUpdatedIn } from '../../../src/lib/publication.ts';

describe('publication dates', () => {
	it('a news item is published on its date; an offering on published, else updated', () => {
		expect(publishedOn({ date: '2026-11-05', updated: '2026-11-20' })).toBe('2026-11-05');
		expect(publishedOn({ published: '2026-10-01', updated: '2026-11-20' })).toBe('2026-10-01');
		expect(publishedOn({ updated: '2026-11-20' })).toBe('2026-11-20');
		expect(publishedOn({})).toBeUndefined();
	});

	it('changed on: updated first, then the publication', () => {
		expect(changedOn({ published: '2026-10-01', updated: '2026-11-20' })).toBe('2026-11-20');
		expect(changedOn({ published: '2026-10-01' })).toBe('2026-10-01');
	});

	it('a window holds entries published or updated on any of its days, both ends included', () => {
		const entry = { published: '2026-10-01', updated: '2026-11-20' };
		expect(publishedOrUpdatedIn(entry, '2026-11-20', '2026-11-30')).toBe(true);
		expect(publishedOrUpdatedIn(entry, '2026-09-01', '2026-10-01')).toBe(true);
		expect(publishedOrUpdatedIn(entry, '2026-10-02', '2026-11-19')).toBe(false);
		expect(publishedOrUpdatedIn({}, '2000-01-01', '2100-01-01')).toBe(false);
	});
});

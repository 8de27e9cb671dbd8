import { describe, expect, it } from 'vitest';
import type { CourseItem } from '../../../src/content-layer/content-index.ts';
import { newOffers } from '../../../src/feeds/offer-feed.ts';

/** A course item with only what the selection reads: its slug, whether it has ended, and its dates. */
const course = (id: string, past: boolean, dates: { published?: string; updated?: string } = {}) =>
	({ kind: 'course', entry: { id }, past, data: dates }) as unknown as CourseItem;

describe('newOffers', () => {
	it('keeps what has not ended, newest first by published, else updated, then by slug; undated last', () => {
		const items = [
			course('udatert-b', false),
			course('gammel', false, { published: '2026-01-01' }),
			course('avsluttet', true, { published: '2027-01-14' }),
			course('oppdatert', false, { updated: '2026-12-01' }),
			course('udatert-a', false),
			course('ny-b', false, { published: '2026-12-10', updated: '2025-01-01' }),
			course('ny-a', false, { published: '2026-12-10' }),
		];
		expect(newOffers(items).map((c) => c.entry.id)).toEqual(['ny-a', 'ny-b', 'oppdatert', 'gammel', 'udatert-a', 'udatert-b']);
	});

	it('does not reorder its input', () => {
		const items = [course('a', false), course('b', false, { published: '2026-01-01' })];
		newOffers(items);
		expect(items.map((c) => c.entry.id)).toEqual(['a', 'b']);
	});
});

import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/search/pagefind-index.ts';

const page = (url: string, date?: string) => ({ url, record: { filters: {}, meta: {}, sort: { date } } });

describe('the order pages are added to the index in (a search without a term gives it)', () => {
	it('is newest first by the order key, date-times and dates alike, then the undated in their own order', () => {
		const pages = [
			page('/tema/demens/'),
			page('/kurs/a/', '2027-02-10T09:00'),
			page('/nyheter/b/', '2027-03-01'),
			page('/organisasjoner/c/'),
			page('/arrangementer/d/', '2027-02-10T13:00'),
			page('/kurs/e/', '2026-11-30T08:00'),
		];
		expect(newestFirst(pages).map((p) => p.url)).toEqual([
			'/nyheter/b/',
			'/arrangementer/d/',
			'/kurs/a/',
			'/kurs/e/',
			'/tema/demens/',
			'/organisasjoner/c/',
		]);
	});

	it('keeps pages of the same date in the order they came', () => {
		const pages = [page('/kurs/x/', '2027-01-01'), page('/kurs/y/', '2027-01-01'), page('/kurs/z/', '2027-01-01')];
		expect(newestFirst(pages).map((p) => p.url)).toEqual(['/kurs/x/', '/kurs/y/', '/kurs/z/']);
	});
});

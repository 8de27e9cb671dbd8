import { describe, expect, it } from 'vitest';
import { formatCount, formatDay, pageFormats } from '../../../src/search/page-formats.ts';

// The search page writes dates and counts from patterns the build made; they must read exactly
// as Intl (and the rest of the site, src/lib/format.ts) writes them, in every site language.
describe('dates and counts on the search page without Intl', () => {
	for (const locale of ['nb-NO', 'nn-NO', 'sv-SE', 'en-GB', 'en-US']) {
		it(`writes every day of 2026–2028 as Intl does (${locale})`, () => {
			const formats = pageFormats(locale);
			const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Oslo' });
			const wrong: string[] = [];
			for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
				const value = new Date(day).toISOString().slice(0, 10);
				const expected = intl.format(new Date(`${value}T12:00:00Z`));
				if (formatDay(formats, value) !== expected) wrong.push(`${value}: ${formatDay(formats, value)} ≠ ${expected}`);
			}
			expect(wrong).toEqual([]);
		});

		it(`writes counts as Intl does (${locale})`, () => {
			const formats = pageFormats(locale);
			const intl = new Intl.NumberFormat(locale);
			const counts = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_000_000, 12_345_678];
			expect(counts.map((n) => formatCount(formats, n))).toEqual(counts.map((n) => intl.format(n)));
		});
	}

	it('spells the nb patterns out, and leaves a value that is not a date as it is', () => {
		const formats = pageFormats('nb-NO');
		expect(formats.months[8]).toBe('{d}. sep. {y}');
		expect(formatDay(formats, '2027-09-14')).toBe('14. sep. 2027');
		expect(formatDay(formats, '2027-05-01')).toBe('1. mai 2027');
		expect(formatDay(formats, '2027-13-01')).toBe('2027-13-01');
		expect(formatDay(formats, 'i morgen')).toBe('i morgen');
		expect(formatCount(formats, 12_345)).toBe('12\u00a0345');
	});
});

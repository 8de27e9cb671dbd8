import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import { makeFormat } from '../../../src/lib/format.ts';
import { localRange, localToInstant } from '../../../src/lib/time-zone.ts';

const TZ = 'Europe/Oslo';
const t = useTranslations('nb');
const format = makeFormat(t('locale'), TZ, t);
const local = (value: string) => localToInstant(value, TZ);

describe('makeFormat (nb-NO, Europe/Oslo)', () => {
	it('uses the nb-NO locale from the translation table', () => {
		expect(t('locale')).toBe('nb-NO');
	});

	it('writes the full day with weekday and month names', () => {
		expect(format.day(local('2027-09-14T09:00'))).toBe('tirsdag 14. september 2027');
		expect(format.day(local('2027-02-10T09:00'))).toBe('onsdag 10. februar 2027');
	});

	it('writes the day in Oslo, not in UTC', () => {
		// 23:30 UTC on 14 January is already 15 January in Oslo.
		expect(format.day(new Date('2027-01-14T23:30:00Z'))).toBe('fredag 15. januar 2027');
		expect(format.time(new Date('2027-01-14T23:30:00Z'))).toBe('00:30');
	});

	it('writes 24-hour local times on both sides of DST', () => {
		expect(format.time(new Date('2027-02-10T08:00:00Z'))).toBe('09:00');
		expect(format.time(new Date('2027-06-09T07:00:00Z'))).toBe('09:00');
		expect(format.time(new Date('2027-02-10T14:30:00Z'))).toBe('15:30');
		expect(format.time(new Date('2027-06-09T13:30:00Z'))).toBe('15:30');
	});

	it('writes a short date', () => {
		expect(format.dayShort(local('2027-09-14T09:00'))).toBe('14. sep. 2027');
		expect(format.date('2027-01-12')).toBe('12. jan. 2027');
	});

	it('writes a same-day range with the day once', () => {
		const { start, end } = localRange('2027-06-09T09:00', '2027-06-09T15:00', TZ);
		expect(format.range(start, end)).toBe('onsdag 9. juni 2027, 09:00–15:00');
	});

	it('writes a range across days with both days', () => {
		const { start, end } = localRange('2027-09-21T10:00', '2027-09-22T15:00', TZ);
		expect(format.range(start, end)).toBe('21. sep. 2027 10:00–22. sep. 2027 15:00');
	});

	it('writes whole days without times', () => {
		const one = localRange('2027-10-31', '2027-10-31', TZ);
		expect(format.range(one.start, one.end, true)).toBe('søndag 31. oktober 2027 (hele dagen)');
		const two = localRange('2027-09-21', '2027-09-22', TZ);
		expect(format.range(two.start, two.end, true)).toBe('21. sep. 2027–22. sep. 2027');
	});

	it('writes "Gratis" for a free course and kroner otherwise', () => {
		expect(format.price(0)).toBe('Gratis');
		expect(format.price(1500).replace(/\s/g, ' ')).toBe('1 500 kr');
	});

	it('gives UTC instants for <time datetime>', () => {
		expect(format.iso(local('2027-06-09T09:00'))).toBe('2027-06-09T07:00:00.000Z');
	});

	it('formats numbers with Norwegian grouping', () => {
		expect(format.number(12500).replace(/\s/g, ' ')).toBe('12 500');
	});
});

describe('makeFormat in Stockholm', () => {
	it('uses the zone and the currency of the locale', () => {
		const sv = makeFormat('sv-SE', 'Europe/Stockholm', t);
		expect(sv.time(new Date('2027-06-09T07:00:00Z'))).toBe('09:00');
		expect(sv.price(250).replace(/\s/g, ' ')).toBe('250 kr');
		expect(sv.price(0)).toBe('Gratis');
	});
});

import { describe, expect, it } from 'vitest';
import { isoDuration, isoPeriod } from '../../../src/structured-data/json-ld.ts';

describe('isoDuration (courseWorkload of e-learning)', () => {
	it.each([
		['45 min', 'PT45M'],
		['2 t', 'PT2H'],
		['1,5 timer', 'PT1H30M'],
		['90 min', 'PT1H30M'],
		['1 time 15 min', 'PT1H15M'],
	])('%s → %s', (text, iso) => expect(isoDuration(text)).toBe(iso));

	it('is undefined for text without hours or minutes', () => {
		expect(isoDuration('selvstudium')).toBeUndefined();
	});
});

describe('isoPeriod (timeToComplete of programmes)', () => {
	it.each([
		['12 måneder', 'P12M'],
		['6 mnd', 'P6M'],
		['1 år', 'P1Y'],
		['8 uker', 'P8W'],
		['10 veckor', 'P10W'],
		['Omtrent 18 måneder med samlinger', 'P18M'],
	])('%s → %s', (text, iso) => expect(isoPeriod(text)).toBe(iso));

	it('is undefined for text without years, months or weeks', () => {
		expect(isoPeriod('to semestre')).toBeUndefined();
		expect(isoPeriod('45 min')).toBeUndefined();
	});
});

import { describe, expect, it } from 'vitest';
import { isoDuration } from '../../src/lib/structured-data.ts';

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

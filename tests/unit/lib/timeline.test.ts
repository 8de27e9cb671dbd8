import { describe, expect, it } from 'vitest';
import { pushTo, splitByTime, type Timed } from '../../../src/lib/timeline.ts';

interface Item extends Timed {
	id: string;
}
const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const item = (id: string, start?: string, end?: string, past = false): Item => ({
	id,
	span: { start: start ? at(start) : undefined, end: end ? at(end) : undefined },
	past,
});
const ids = (list: Item[]) => list.map((i) => i.id);

describe('splitByTime', () => {
	const items = [
		item('juni', '2027-06-09', '2027-06-09'),
		item('e-laering'),
		item('oktober-2026', '2026-10-20', '2026-10-20', true),
		item('februar', '2027-02-10', '2027-02-10'),
		item('november-2026', '2026-11-01', '2026-11-12', true),
		item('mars', '2027-03-04', '2027-05-06'),
		item('desember-2026', '2026-09-01', '2026-12-01', true),
	];
	const split = splitByTime(items);

	it('upcoming come soonest first', () => {
		expect(ids(split.upcoming)).toEqual(['februar', 'mars', 'juni']);
	});
	it('past come most recently ended first', () => {
		expect(ids(split.past)).toEqual(['desember-2026', 'november-2026', 'oktober-2026']);
	});
	it('items without dates are always available', () => {
		expect(ids(split.always)).toEqual(['e-laering']);
	});
	it('every item lands in exactly one list and the input is left alone', () => {
		expect([...ids(split.upcoming), ...ids(split.always), ...ids(split.past)].sort()).toEqual(ids(items).sort());
		expect(ids(items)[0]).toBe('juni');
	});
	it('an empty list gives empty lists', () => {
		expect(splitByTime([])).toEqual({ upcoming: [], always: [], past: [] });
	});
});

describe('pushTo', () => {
	it('groups values under their key', () => {
		const map = new Map<string, number[]>();
		pushTo(map, 'demens', 1);
		pushTo(map, 'legemidler', 2);
		pushTo(map, 'demens', 3);
		expect([...map]).toEqual([
			['demens', [1, 3]],
			['legemidler', [2]],
		]);
	});
});

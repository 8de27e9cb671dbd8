import { describe, expect, it } from 'vitest';
import { type Relatable, relatedItems } from '../../../src/lib/related.ts';

const NOW = Date.parse('2027-01-15T12:00:00Z');
const DAY = 86_400_000;
interface Item extends Relatable {
	id: string;
}
const item = (id: string, topics: string[], organiser: string, days?: number, past = false): Item => ({
	id,
	topics,
	organiser,
	past,
	when: days === undefined ? undefined : NOW + days * DAY,
});

/** Related ids of every item, with the lists built the way the content index builds its maps. */
function related(items: Item[], limit = 3) {
	const byKey = new Map<string, Item[]>();
	const add = (key: string, it: Item) => byKey.set(key, [...(byKey.get(key) ?? []), it]);
	for (const it of items) {
		it.topics.forEach((t) => add(`t:${t}`, it));
		add(`o:${it.organiser}`, it);
	}
	const lists = { topic: (id: string) => byKey.get(`t:${id}`) ?? [], organiser: (id: string) => byKey.get(`o:${id}`) ?? [] };
	const result = relatedItems(items, (x) => x, lists, NOW, limit);
	return (id: string) => result.get(items.find((x) => x.id === id)!)!.map((x) => x.id);
}

describe('relatedItems', () => {
	it('puts shared topics before the same organiser, and never the item itself', () => {
		const of = related([
			item('self', ['demens'], 'nus', 10),
			item('same-org', ['smittevern'], 'nus', 1),
			item('topic-late', ['demens'], 'enebakk', 60),
			item('topic-soon', ['demens', 'ernaering'], 'oslo', 5),
			item('unrelated', ['ledelse'], 'oslo', 2),
		]);
		expect(of('self')).toEqual(['topic-soon', 'topic-late', 'same-org']);
	});

	it('orders by timeliness: upcoming soonest and news newest first, always available last', () => {
		const of = related([
			item('self', ['demens'], 'nus', 0),
			item('elearning', ['demens'], 'a'),
			item('next-month', ['demens'], 'b', 30),
			item('news-yesterday', ['demens'], 'c', -1),
			item('next-week', ['demens'], 'd', 7),
		]);
		expect(of('self')).toEqual(['news-yesterday', 'next-week', 'next-month']);
		expect(
			related([item('self', ['demens'], 'nus', 0), item('elearning', ['demens'], 'a'), item('next-month', ['demens'], 'b', 30)])('self'),
		).toEqual(['next-month', 'elearning']);
	});

	it('leaves out past items when current ones are related, and uses them when none are', () => {
		const items = [
			item('self', ['demens'], 'nus', 5),
			item('past-recent', ['demens'], 'a', -2, true),
			item('upcoming', ['ledelse'], 'nus', 40),
		];
		expect(related(items)('self')).toEqual(['upcoming']);
		const onlyPast = [
			item('self', ['demens'], 'nus', 5),
			item('past-old', ['demens'], 'a', -90, true),
			item('past-recent', ['demens'], 'b', -2, true),
		];
		expect(related(onlyPast)('self')).toEqual(['past-recent', 'past-old']);
	});

	it('returns at most `limit` items and nothing for an item with nothing in common', () => {
		const many = Array.from({ length: 10 }, (_, i) => item(`c${i}`, ['demens'], 'nus', i + 1));
		const of = related([item('lonely', ['ledelse'], 'hpr', 1), ...many]);
		expect(of('c0')).toEqual(['c1', 'c2', 'c3']);
		expect(related(many, 2)('c0')).toEqual(['c1', 'c2']);
		expect(related(many, 2)('c5')).toEqual(['c0', 'c1']);
		expect(of('lonely')).toEqual([]);
	});

	it('reads only the head of each list (linear): each list is sorted once, whatever its length', () => {
		const many = Array.from({ length: 2000 }, (_, i) => item(`c${i}`, ['demens', `t${i % 7}`], `o${i % 5}`, i));
		let calls = 0;
		const lists = {
			topic: (id: string) => (calls++, many.filter((x) => x.topics.includes(id))),
			organiser: (id: string) => (calls++, many.filter((x) => x.organiser === id)),
		};
		const result = relatedItems(many, (x) => x, lists, NOW);
		expect(calls).toBe(1 + 7 + 5);
		expect(result.get(many[0])!.map((x) => x.id)).toEqual(['c1', 'c2', 'c3']);
	});
});

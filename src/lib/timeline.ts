import type { Span } from './schedule.ts';

/** Anything listed by time. */
export interface Timed {
	span: Span;
	past: boolean;
}

/**
 * Splits items into upcoming (soonest first), always available (no dates, e.g. e-learning)
 * and past (most recent first).
 */
export function splitByTime<T extends Timed>(items: readonly T[]): { upcoming: T[]; always: T[]; past: T[] } {
	const upcoming: T[] = [];
	const always: T[] = [];
	const past: T[] = [];
	for (const item of items) (item.past ? past : item.span.start ? upcoming : always).push(item);
	upcoming.sort((a, b) => a.span.start!.getTime() - b.span.start!.getTime());
	past.sort((a, b) => b.span.end!.getTime() - a.span.end!.getTime());
	return { upcoming, always, past };
}

/** Adds `item` to the list under `key` of a grouping map. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, item: V): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

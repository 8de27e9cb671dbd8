import { describe, expect, it } from 'vitest';
import { offerFacts } from '../../../src/components/card-text.ts';
import { offerEntry } from '../../../src/feeds/offer-feed.ts';
import { testContext } from '../../utils/site-context.ts';
import { whatsNewIndex } from '../../utils/whats-new-entries.ts';

const ctx = testContext();
const index = whatsNewIndex(ctx);
const course = (id: string) => index.courses.find((item) => item.entry.id === id)!;

describe('offerFacts', () => {
	it('gives a course’s next date, its place (a location by name, free text, online) and its registration state', () => {
		expect(offerFacts(ctx, course('follo-kurs-in'), index.locations)).toEqual({
			when: 'mandag 1. mars 2027, 09:00–15:00',
			where: 'Follo-salen',
			registration: 'Åpen for påmelding',
		});
		expect(offerFacts(ctx, course('felles-kurs-in'), index.locations).where).toBe('Auditoriet');
		expect(offerFacts(ctx, course('oslo-kurs-in'), index.locations).where).toBe('Digitalt');
	});

	it('gives e-learning no date, and "E-læring" as its place', () => {
		expect(offerFacts(ctx, course('e-laering-in'), index.locations)).toMatchObject({ when: undefined, where: 'E-læring' });
	});

	it('is what a feed item of new offers says first', () => {
		const { when, where, registration } = offerFacts(ctx, course('follo-kurs-in'), index.locations);
		expect(offerEntry(ctx, course('follo-kurs-in'), index.locations).description).toMatch(
			new RegExp(`^<p>${[when, where, registration].join(' · ')}</p>`),
		);
	});
});

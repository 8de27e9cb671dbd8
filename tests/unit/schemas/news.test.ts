import { describe, expect, it } from 'vitest';
import { newsSchema } from '../../../src/schemas/news.ts';
import { text, validNews } from '../../utils/entries.ts';
import { issuePaths, parseValid, withField } from '../../utils/schema.ts';

const paths = (data: Record<string, unknown>) => issuePaths(newsSchema, data);
const news = (key: string, value: unknown) => withField(validNews(), key, value);

describe('news', () => {
	it('accepts a valid article and fills in defaults', () => {
		expect(parseValid(newsSchema, validNews())).toMatchObject({ topics: [], contacts: [], draft: false });
	});

	it.each(['title', 'summary', 'date', 'organisation'])('%s is required', (key) => {
		expect(paths(news(key, undefined))).toEqual([key]);
	});

	it('topics are optional references', () => {
		expect(paths(news('topics', []))).toEqual([]);
		expect(paths(news('topics', ['demens', 'Demens']))).toEqual(['topics.1']);
	});

	it('title is 3–140 and summary at most 300 characters', () => {
		expect(paths(news('title', text(141)))).toEqual(['title']);
		expect(paths(news('title', 'Ny'))).toEqual(['title']);
		expect(paths(news('summary', text(300)))).toEqual([]);
		expect(paths(news('summary', text(301)))).toEqual(['summary']);
	});

	it('date is a calendar date without time', () => {
		expect(paths(news('date', '2027-02-30'))).toEqual(['date']);
		expect(paths(news('date', '2027-01-10T09:00'))).toEqual(['date']);
		expect(paths(news('updated', '2027-04-31'))).toEqual(['updated']);
		expect(paths(news('updated', '2027-04-30'))).toEqual([]);
	});

	it('contacts need a name and a valid e-mail address', () => {
		expect(paths(news('contacts', [{ name: 'Ingrid Fjeld', role: 'Fagutviklingssykepleier', email: 'ingrid@fjordby.example' }]))).toEqual(
			[],
		);
		expect(paths(news('contacts', [{ name: 'Ingrid Fjeld', email: 'ingrid.fjordby.example' }]))).toEqual(['contacts.0.email']);
		expect(paths(news('contacts', [{ role: 'Pressevakt' }]))).toEqual(['contacts.0.name']);
	});

	it('the image needs alt text unless decorative', () => {
		expect(paths(news('image', { src: '/uploads/hospitering.jpg' }))).toEqual(['image.alt']);
		expect(paths(news('image', { src: '/uploads/hospitering.jpg', alt: '', decorative: true }))).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { type CollectionKey, collections } from '../../../src/schemas/index.ts';
import { shapeOf } from '../../../src/schemas/walk.ts';

/**
 * The CMS form lists fields in declaration order, so the schemas declare them in the order the
 * pages show them: what it is, who, topics, audiences, when and where, sign-up, price and
 * language, contact, image, materials, dates, draft last.
 */
const fieldsOf = (key: CollectionKey) => Object.keys(shapeOf(collections[key].schema));

describe('field order: what editors fill in comes in the order the page shows it', () => {
	it('courses', () => {
		expect(fieldsOf('courses')).toEqual([
			'title',
			'summary',
			'organiser',
			'partners',
			'topics',
			'audiences',
			'format',
			'sessions',
			'duration',
			'status',
			'registration',
			'price',
			'language',
			'contact',
			'image',
			'published',
			'updated',
			'draft',
		]);
	});

	it('events', () => {
		expect(fieldsOf('events')).toEqual([
			'title',
			'summary',
			'organiser',
			'partners',
			'topics',
			'audiences',
			'start',
			'end',
			'attendance',
			'location',
			'place',
			'online_url',
			'registration',
			'contact',
			'image',
			'materials',
			'published',
			'updated',
			'draft',
		]);
	});

	it('programmes', () => {
		expect(fieldsOf('programmes')).toEqual([
			'title',
			'summary',
			'organiser',
			'partners',
			'topics',
			'audiences',
			'duration',
			'steps',
			'intake',
			'contact',
			'image',
			'published',
			'updated',
			'draft',
		]);
	});

	it('news', () => {
		expect(fieldsOf('news')).toEqual([
			'title',
			'summary',
			'organisation',
			'author',
			'topics',
			'contacts',
			'image',
			'date',
			'updated',
			'draft',
		]);
	});

	it('places and topics: name and description first', () => {
		expect(fieldsOf('locations')).toEqual(['name', 'description', 'organisation', 'address', 'postcode', 'city', 'facilities', 'geo']);
		expect(fieldsOf('topics')).toEqual(['name', 'description', 'image', 'featured']);
	});

	it('organisations: what it is (name, kind, description) before region and contact details', () => {
		const fields = fieldsOf('organisations');
		expect(fields.slice(0, 4)).toEqual(['name', 'short_name', 'kind', 'description']);
		expect(fields.indexOf('region')).toBeGreaterThan(fields.indexOf('description'));
		expect(fields.indexOf('website')).toBeGreaterThan(fields.indexOf('region'));
	});

	it('draft is the last field wherever there is one', () => {
		for (const key of Object.keys(collections) as CollectionKey[]) {
			const fields = fieldsOf(key);
			if (fields.includes('draft')) expect(fields.at(-1), key).toBe('draft');
		}
	});
});

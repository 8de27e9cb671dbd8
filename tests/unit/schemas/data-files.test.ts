import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS, SITE_LANGUAGES } from '../../../src/schemas/enums.ts';
import { locationSchema } from '../../../src/schemas/location.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';
import { text, validLocation, validOrganisation, validSite, validTopic } from '../../utils/entries.ts';
import { issuePaths, parseValid, withField } from '../../utils/schema.ts';

describe('site.yaml', () => {
	const paths = (key: string, value: unknown) => issuePaths(siteSchema, withField(validSite(), key, value));

	it('defaults to nb and Europe/Oslo', () => {
		expect(parseValid(siteSchema, validSite())).toMatchObject({ language: 'nb', timezone: 'Europe/Oslo' });
	});
	it.each(['Europe/Oslo', 'Europe/Stockholm', 'UTC'])('accepts the time zone %s', (timezone) => {
		expect(paths('timezone', timezone)).toEqual([]);
	});
	it.each(['Europe/Fjordby', 'CET+1', 'Oslo', ''])('refuses the time zone «%s»', (timezone) => {
		expect(paths('timezone', timezone)).toEqual(['timezone']);
	});
	it.each(SITE_LANGUAGES)('accepts the language %s', (language) => {
		expect(paths('language', language)).toEqual([]);
	});
	it('refuses other languages (en is for content only)', () => {
		expect(paths('language', 'en')).toEqual(['language']);
	});
	it.each(['name', 'url', 'owner', 'contact'])('%s is required', (key) => {
		expect(paths(key, undefined)).toEqual([key]);
	});
	it('url must be absolute http(s); contact e-mail must be valid', () => {
		expect(paths('url', 'kompetansebroen.example.no')).toEqual(['url']);
		expect(paths('contact', { email: 'redaksjonen' })).toEqual(['contact.email']);
		expect(paths('owner', 'Fjordby sykehus')).toEqual(['owner']);
	});
});

describe('organisations', () => {
	const paths = (key: string, value: unknown) => issuePaths(organisationSchema, withField(validOrganisation(), key, value));

	it.each(ORGANISATION_KINDS)('accepts kind %s', (kind) => {
		expect(paths('kind', kind)).toEqual([]);
	});
	it('name and kind are required; kind is a closed list', () => {
		expect(paths('name', undefined)).toEqual(['name']);
		expect(paths('kind', undefined)).toEqual(['kind']);
		expect(paths('kind', 'kommune')).toEqual(['kind']);
	});
	it('website, e-mail and logo are checked', () => {
		expect(paths('website', 'www.nordvik.kommune.example')).toEqual(['website']);
		expect(paths('website', 'javascript:alert(1)')).toEqual(['website']);
		expect(paths('email', 'postmottak')).toEqual(['email']);
		expect(paths('logo', { src: '/uploads/vapen.svg' })).toEqual(['logo.alt']);
		expect(paths('logo', { src: '/uploads/vapen.svg', alt: 'Kommunevåpenet til Nordvik' })).toEqual([]);
	});
});

describe('topics', () => {
	const paths = (key: string, value: unknown) => issuePaths(topicSchema, withField(validTopic(), key, value));

	it('featured defaults to false', () => {
		expect(parseValid(topicSchema, validTopic()).featured).toBe(false);
	});
	it('name and description are required; description is at most 300 characters', () => {
		expect(paths('name', undefined)).toEqual(['name']);
		expect(paths('description', undefined)).toEqual(['description']);
		expect(paths('description', text(300))).toEqual([]);
		expect(paths('description', text(301))).toEqual(['description']);
	});
});

describe('locations', () => {
	const paths = (key: string, value: unknown) => issuePaths(locationSchema, withField(validLocation(), key, value));

	it.each(['name', 'organisation', 'address', 'city'])('%s is required', (key) => {
		expect(paths(key, undefined)).toEqual([key]);
	});
	it('coordinates must be on the globe', () => {
		expect(paths('geo', { lat: 59.9, lon: 10.7 })).toEqual([]);
		expect(paths('geo', { lat: 91, lon: 10.7 })).toEqual(['geo.lat']);
		expect(paths('geo', { lat: 59.9, lon: -181 })).toEqual(['geo.lon']);
	});
	it('facilities default to an empty list', () => {
		expect(parseValid(locationSchema, validLocation()).facilities).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { programmeSchema } from '../../../src/schemas/programme.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { validSite } from '../../utils/entries.ts';
import { issuePaths, parseValid, withField } from '../../utils/schema.ts';

const validProgramme = (): Record<string, unknown> => ({
	title: 'Introduksjonsprogram for nyansatte sykepleiere',
	summary: 'Første år med mentor og faste kurs.',
	organiser: 'nordvik-kommune',
	topics: ['legemidler'],
	audiences: ['sykepleier'],
	steps: [{ title: 'Legemiddelregning', course: 'legemiddelregning' }, { title: 'Hospitering' }],
});
const paths = (key: string, value: unknown) => issuePaths(programmeSchema, withField(validProgramme(), key, value));

describe('programme', () => {
	it('accepts a valid programme and fills in defaults', () => {
		expect(parseValid(programmeSchema, validProgramme())).toMatchObject({ partners: [], draft: false });
	});
	it('accepts every optional field filled in', () => {
		const full = {
			...validProgramme(),
			partners: ['solberg-kommune'],
			duration: '12 måneder',
			intake: 'Løpende opptak',
			contact: { name: 'Kari Nordmann' },
			updated: '2027-01-05',
			draft: true,
		};
		expect(issuePaths(programmeSchema, full)).toEqual([]);
	});
	it.each(['title', 'summary', 'organiser', 'topics', 'audiences', 'steps'])('%s is required', (key) => {
		expect(paths(key, undefined)).toEqual([key]);
	});
	it('needs at least one step; each step needs a title, and a course must be a slug', () => {
		expect(paths('steps', [])).toEqual(['steps']);
		expect(paths('steps', [{ course: 'legemiddelregning' }])).toEqual(['steps.0.title']);
		expect(paths('steps', [{ title: 'Kurs', course: 'Legemiddelregning' }])).toEqual(['steps.0.course']);
	});
});

describe('site.yaml regions', () => {
	const regions = (value: unknown) => issuePaths(siteSchema, withField(validSite(), 'regions', value));

	it('default to none', () => {
		expect(parseValid(siteSchema, validSite()).regions).toEqual([]);
	});
	it('need a slug and a name; slugs are unique', () => {
		expect(
			regions([
				{ slug: 'follo', name: 'Follo' },
				{ slug: 'oslo', name: 'Oslo' },
			]),
		).toEqual([]);
		expect(regions([{ slug: 'Øvre Romerike', name: 'Øvre Romerike' }])).toEqual(['regions.0.slug']);
		expect(regions([{ slug: 'follo' }])).toEqual(['regions.0.name']);
		expect(
			regions([
				{ slug: 'follo', name: 'Follo' },
				{ slug: 'follo', name: 'Søndre Follo' },
			]),
		).toEqual(['regions']);
	});
});

import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../cms/config.ts';
import type { DecapField } from '../../../cms/fields.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { tables } from '../../../src/i18n/index.ts';
import { MEDIA_FOLDER } from '../../../src/ownership/rights.ts';
import { organisationSchema } from '../../../src/schemas/organisation.ts';
import { SITE_LANGUAGES } from '../../../src/schemas/enums.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';

const site = loadSiteConfig(minimalFixture);
const fieldsOf = (language: (typeof SITE_LANGUAGES)[number], collection: string) =>
	(
		cmsConfig({ site: { ...site, language }, contentDir: `${projectRoot}content`, root: projectRoot }).collections.find(
			(c) => c.name === collection,
		) as {
			fields: DecapField[];
		}
	).fields;

describe('organisations: editors', () => {
	it('is a list of logins, empty by default', () => {
		expect(organisationSchema.parse({ name: 'Nordvik kommune', kind: 'municipality' }).editors).toEqual([]);
		expect(organisationSchema.parse({ name: 'Nordvik kommune', kind: 'municipality', editors: ['nils'] }).editors).toEqual(['nils']);
		expect(organisationSchema.safeParse({ name: 'Nordvik kommune', kind: 'municipality', editors: [''] }).success).toBe(false);
	});

	it.each(SITE_LANGUAGES)('has a label and a hint that only curators change it, in %s', (language) => {
		const editors = fieldsOf(language, 'organisations').find((f) => f.name === 'editors');
		expect(editors).toMatchObject({
			widget: 'list',
			required: false,
			label: tables[language]['cms.field.editors'],
			hint: tables[language]['cms.hint.field.editors'],
		});
		expect(editors?.hint).toMatch(/kurator/i);
		// Only this field has a field hint: other fields keep the hints of their rules.
		expect(fieldsOf(language, 'organisations').find((f) => f.name === 'name')?.hint).not.toBe(editors?.hint);
	});

	it('uploads go where the ownership check looks for them', () => {
		expect(cmsConfig({ site, contentDir: `${projectRoot}content`, root: projectRoot }).media_folder).toBe(MEDIA_FOLDER);
	});
});

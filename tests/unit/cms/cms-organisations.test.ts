import { afterAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../cms/config.ts';
import { readOrganisations } from '../../../cms/views.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { makeContentDir, removeContentDir } from '../../utils/content-dir.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';

// The organisation filters of the list views come from the content folder, read on every request
// under `astro dev`: one organisation file an editor broke must not take the whole admin down.

const dir = makeContentDir({
	files: {
		'organisations/broken-yaml.yaml': 'name: Ødelagt [\nkind: [kommune\n',
		'organisations/no-name.yaml': 'kind: kommune\n',
		'organisations/empty.yaml': '',
		'organisations/a-first.yaml': 'name: "Abel --- først"\nkind: kommune\n',
	},
});
afterAll(() => removeContentDir(dir));

describe('readOrganisations', () => {
	it('falls back to the slug for a file that is broken, empty or has no name, and keeps the others', () => {
		const organisations = readOrganisations(dir);
		expect(organisations).toContainEqual({ slug: 'broken-yaml', name: 'broken-yaml' });
		expect(organisations).toContainEqual({ slug: 'no-name', name: 'no-name' });
		expect(organisations).toContainEqual({ slug: 'empty', name: 'empty' });
		expect(organisations).toContainEqual({ slug: 'a-first', name: 'Abel --- først' });
		expect(organisations).toContainEqual({ slug: 'nordvik-kommune', name: 'Nordvik kommune' });
		expect(organisations.map((o) => o.slug)).toHaveLength(7);
		expect(organisations[0].slug).toBe('a-first');
	});

	it('lets the whole CMS config come out, with a filter for the broken organisation', () => {
		const config = cmsConfig({ site: loadSiteConfig(minimalFixture), contentDir: dir, root: projectRoot });
		const courses = config.collections.find((c) => c.name === 'courses') as { view_filters?: { pattern: string }[] };
		expect(courses.view_filters?.map((f) => f.pattern)).toContain('^broken-yaml$');
	});
});

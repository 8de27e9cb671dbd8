import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../../cms/config.ts';
import { loadSiteConfig } from '../../../src/context/load-context.ts';
import { minimalFixture, projectRoot } from '../../utils/paths.ts';
import { SECTION } from '../../utils/site-map.ts';

const config = cmsConfig({ site: loadSiteConfig(minimalFixture), contentDir: `${projectRoot}content`, root: projectRoot });

describe('preview_path (deploy preview links in the CMS)', () => {
	it('gives every folder collection the path of its entry pages, from the translated route', () => {
		for (const [name, section] of Object.entries(SECTION)) {
			const collection = config.collections.find((c) => c.name === name);
			expect(collection && 'preview_path' in collection && collection.preview_path, name).toBe(`${section}/{{slug}}/`);
		}
	});
});

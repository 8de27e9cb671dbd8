import { join } from 'node:path';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { createSiteContext, type SiteContext } from '../../src/context/site-context.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import { FIXED_NOW, projectRoot, sampleContent } from './paths.ts';

export interface TestContextOptions {
	/** The site; by default the `site.yaml` of `contentDir`. */
	site?: SiteConfig;
	/** Content folder whose `site.yaml` is used; the sample content by default. */
	contentDir?: string;
	now?: string;
	command?: string;
}

/** A site context as a build of `contentDir` would make it, for unit tests of an nb, nn or sv site. */
export function testContext({
	contentDir = sampleContent,
	site,
	now = FIXED_NOW,
	command = 'build',
}: TestContextOptions = {}): SiteContext {
	return createSiteContext({
		site: site ?? loadSiteConfig(contentDir, {}),
		now,
		command,
		contentDir,
		publicDir: join(projectRoot, 'public'),
		bodiesDir: join(projectRoot, 'node_modules', '.astro', 'test-bodies'),
		commit: 'test',
		cmsLocalBackend: false,
	});
}

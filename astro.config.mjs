// @ts-check
import { createHash } from 'node:crypto';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { decapCms } from './src/integrations/decap.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { localizedRoutes } from './src/integrations/routes.ts';
import { contentDir } from './src/site/config.ts';

// One content-layer cache per content folder, so builds of different folders never share a store.
const cacheKey = createHash('sha256').update(contentDir()).digest('hex').slice(0, 12);

export default defineConfig({
	trailingSlash: 'always',
	build: { format: 'directory' },
	cacheDir: `./node_modules/.astro/${cacheKey}/`,
	// contentCheck runs first: it validates the content folder and sets `site`.
	integrations: [contentCheck(), localizedRoutes(), decapCms(), mdx(), pagefindIndex()],
});

// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { localizedRoutes } from './src/integrations/routes.ts';

export default defineConfig({
	trailingSlash: 'always',
	build: { format: 'directory' },
	// contentCheck runs first: it validates the content folder and sets `site`.
	integrations: [contentCheck(), localizedRoutes(), mdx()],
});

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminDevPage } from './admin-dev-page.ts';

const require = createRequire(import.meta.url);
/** Decap CMS's prebuilt bundle: `decap-cms.js` and the chunks it loads (source maps left out). */
const bundleDir = join(dirname(require.resolve('decap-cms/package.json')), 'dist');
const BUNDLE_FILE = /^(\d+\.)?decap-cms\.js$/;
const bundleFiles = () => readdirSync(bundleDir).filter((f) => BUNDLE_FILE.test(f));

/**
 * Decap CMS at `/admin/`, served from the site itself (no CDN): the admin page and its
 * generated `config.yml` are routes; the prebuilt bundle is copied into `dist/admin/` after the
 * build and served from `node_modules` by the dev server.
 */
export function decapCms(): AstroIntegration {
	return {
		name: 'kompetansebroen:decap',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				if (!existsSync(join(bundleDir, 'decap-cms.js')))
					throw new Error(`Decap CMS: fant ikke ${join(bundleDir, 'decap-cms.js')} (kjør npm ci)`);
				const route = (pattern: string, file: string) =>
					injectRoute({ pattern, entrypoint: new URL(`./${file}`, import.meta.url), prerender: true });
				route('/admin', 'admin.astro');
				route('/admin/config.yml', 'config.yml.ts');
			},
			'astro:server:setup': ({ server }) => {
				// No HMR client (no reloads while editing) and no dev toolbar on the admin page.
				server.middlewares.use(adminDevPage);
				server.middlewares.use((req, res, next) => {
					const name = req.url?.match(/^\/admin\/([^/?]+)/)?.[1];
					if (!name || !BUNDLE_FILE.test(name)) return next();
					res.setHeader('content-type', 'text/javascript');
					res.end(readFileSync(join(bundleDir, name)));
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const target = join(fileURLToPath(dir), 'admin');
				mkdirSync(target, { recursive: true });
				const files = bundleFiles();
				for (const file of files) copyFileSync(join(bundleDir, file), join(target, file));
				if (!existsSync(join(target, 'decap-cms.js'))) throw new Error('Decap CMS: decap-cms.js ble ikke kopiert til dist/admin/');
				logger.info(`Decap CMS: ${files.length} filer kopiert til /admin/`);
			},
		},
	};
}

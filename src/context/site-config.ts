import { isAbsolute, resolve } from 'node:path';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';
import { readSource } from '../validation/source.ts';

/** The content folder: `KB_CONTENT_DIR` (absolute or relative to the project root) or `content`. */
export function contentDir(env = process.env): string {
	const dir = env.KB_CONTENT_DIR || 'content';
	return isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
}

/** `site.yaml` of the content folder, with `KB_SITE_URL` applied. Throws when it is invalid. */
export function loadSiteConfig(dir = contentDir(), env = process.env): SiteConfig {
	const source = readSource(resolve(dir, 'site.yaml'), 'site.yaml');
	const site = siteSchema.parse(source.data);
	return env.KB_SITE_URL ? { ...site, url: env.KB_SITE_URL } : site;
}

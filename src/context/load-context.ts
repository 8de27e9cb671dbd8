import { isAbsolute, resolve } from 'node:path';
import { currentCommit } from '../lib/build-info.ts';
import { useTranslations } from '../i18n/index.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { checkEntry } from '../validation/entry-check.ts';
import { readSource, siteLanguage } from '../validation/source.ts';
import type { SiteContextInput } from './site-context.ts';

/**
 * The one place that reads the environment and `site.yaml`. Everything else gets a
 * `SiteContext` (`createSiteContext`) made from what these functions return.
 */

/** The content folder: `KB_CONTENT_DIR` (absolute or relative to the project root) or `content`. */
export function contentDir(env = process.env, cwd = process.cwd()): string {
	const dir = env.KB_CONTENT_DIR || 'content';
	return isAbsolute(dir) ? dir : resolve(cwd, dir);
}

/** `site.yaml` of the content folder, with `KB_SITE_URL` applied. Throws when it is invalid. */
export function loadSiteConfig(dir = contentDir(), env = process.env): SiteConfig {
	const path = resolve(dir, 'site.yaml');
	const t = useTranslations(siteLanguage(path));
	const source = readSource(path, 'site.yaml', t);
	const { data, issues } = checkEntry('site', source.data, { t });
	if (!data) throw new Error(issues.map((issue) => `site.yaml: ${issue.path.join('.')}: ${issue.message}`).join('\n'));
	const site = data as SiteConfig;
	return env.KB_SITE_URL ? { ...site, url: env.KB_SITE_URL } : site;
}

/** The value of `KB_NOW` (or the real time) as an instant. */
export function resolveNow(value = process.env.KB_NOW): Date {
	if (!value) return new Date();
	const parsed = new Date(value);
	if (Number.isNaN(parsed.getTime())) throw new Error(`KB_NOW er ikke et gyldig tidspunkt (ISO 8601): ${value}`);
	return parsed;
}

export interface LoadOptions {
	/** The Astro command of the run. */
	command: string;
	/** `site.yaml` as the content check validated it; read from the content folder when left out. */
	site?: SiteConfig;
	/** Folder for the rendered bodies (Astro's cache folder of this content folder). */
	bodiesDir: string;
	env?: NodeJS.ProcessEnv;
	cwd?: string;
}

/** The input of this run's site context, from the environment and the content folder. */
export function loadContextInput({ command, site, bodiesDir, env = process.env, cwd = process.cwd() }: LoadOptions): SiteContextInput {
	const dir = contentDir(env, cwd);
	const config = site ? (env.KB_SITE_URL ? { ...site, url: env.KB_SITE_URL } : site) : loadSiteConfig(dir, env);
	return {
		site: config,
		now: resolveNow(env.KB_NOW).toISOString(),
		command,
		contentDir: dir,
		publicDir: resolve(cwd, 'public'),
		bodiesDir,
		commit: currentCommit(cwd, env),
		cmsLocalBackend: env.KB_CMS_LOCAL_BACKEND || command === 'dev',
	};
}

import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { isDevServer } from '../src/context/astro-command.ts';
import { contentDir } from '../src/context/site-config.ts';
import { site } from '../src/context/site-context.ts';
import { cmsConfig } from './config.ts';

export const prerender = true;

/**
 * `/admin/config.yml`, generated from the schemas. `local_backend` (decap-server) only under
 * `astro dev`, or when `KB_CMS_LOCAL_BACKEND` names its API URL (tests, `npm run cms`).
 */
export const GET: APIRoute = () => {
	const localBackend = process.env.KB_CMS_LOCAL_BACKEND || isDevServer();
	const config = cmsConfig({ site, contentDir: contentDir(), root: process.cwd(), localBackend });
	return new Response(`# Generert fra skjemaene i src/schemas – ikke rediger.\n${stringify(config)}`, {
		headers: { 'content-type': 'text/yaml; charset=utf-8' },
	});
};

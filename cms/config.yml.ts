import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { context } from 'virtual:kb/context';
import { cmsConfig } from './config.ts';

export const prerender = true;

/**
 * `/admin/config.yml`, generated from the schemas. `local_backend` (decap-server) only under
 * `astro dev`, or when `KB_CMS_LOCAL_BACKEND` names its API URL (tests, `npm run cms`).
 */
export const GET: APIRoute = () => {
	const { contentDir, cmsLocalBackend } = context.input;
	const config = cmsConfig({ site: context.site, contentDir, root: process.cwd(), localBackend: cmsLocalBackend });
	return new Response(`# Generert fra skjemaene i src/schemas – ikke rediger.\n${stringify(config)}`, {
		headers: { 'content-type': 'text/yaml; charset=utf-8' },
	});
};

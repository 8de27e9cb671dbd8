import type { APIRoute } from 'astro';
import { context } from 'virtual:kb/context';
import type { BuildInfo } from '../lib/build-info.ts';

export const prerender = true;

/** `/build.json`: the commit and time of this build, for `npm run smoke` to detect a stale deployment. */
export const GET: APIRoute = () => {
	const info: BuildInfo = { commit: context.input.commit, builtAt: new Date().toISOString() };
	return new Response(JSON.stringify(info), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

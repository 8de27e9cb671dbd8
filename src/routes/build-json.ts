import type { APIRoute } from 'astro';
import { buildInfo } from '../lib/build-info.ts';

export const prerender = true;

/** `/build.json`: the commit and time of this build, for `npm run smoke` to detect a stale deployment. */
export const GET: APIRoute = () => new Response(JSON.stringify(buildInfo()), { headers: { 'content-type': 'application/json; charset=utf-8' } });

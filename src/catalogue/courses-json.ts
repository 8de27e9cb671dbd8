import { context } from 'virtual:kb/context';
import type { APIRoute } from 'astro';
import { catalogueData } from './catalogue-page.ts';

export const prerender = true;

/** `/kurs/katalog.json`: every published course, compact, for the catalogue's filter script. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await catalogueData(context)), { headers: { 'content-type': 'application/json; charset=utf-8' } });

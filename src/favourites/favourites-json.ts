import { context } from 'virtual:kb/context';
import type { APIRoute } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { favouritesData } from './favourites-data.ts';

export const prerender = true;

/** `/favoritter/data.json`: every published course, event and programme, compact, for the favourites page's script. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(favouritesData(context, await getContentIndex(context))), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

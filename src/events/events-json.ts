import { context } from 'virtual:kb/context';
import type { APIRoute } from 'astro';
import { eventsData } from './events-list.ts';

export const prerender = true;

/** `/arrangementer/filter.json`: every published event, compact, for the events list's filter script. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await eventsData(context)), { headers: { 'content-type': 'application/json; charset=utf-8' } });

import type { LinkedData } from '../lib/structured-data.ts';
import { getCatalog } from './catalog.ts';
import { site } from './index.ts';

/** Lookups and absolute URL for the structured data of the page at `path`. */
export async function linkedData(path: string): Promise<LinkedData> {
	const { organisations, locations } = await getCatalog();
	return {
		url: new URL(path, site.url).href,
		timeZone: site.timezone,
		organisation: (id) => organisations.get(id)?.data,
		location: (id) => locations.get(id)?.data,
	};
}

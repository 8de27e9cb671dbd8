import { getCatalog } from './catalog.ts';
import { searchRecordsOf } from './search-pages.ts';

/** The search records of every kind of page, with names resolved through the site's catalog. */
export async function searchRecords(): Promise<ReturnType<typeof searchRecordsOf>> {
	return searchRecordsOf(await getCatalog());
}

import { type Facet, facetCounts } from '../lib/search-facets.ts';
import { getCatalog } from './catalog.ts';
import { t } from './index.ts';
import { searchPages } from './search-pages.ts';

/**
 * The search page's filter values, each with the number of pages in the search index that carry
 * it: the records of the pages `searchPages` gives the index.
 */
export async function searchFacets(): Promise<Facet[]> {
	return facetCounts(
		searchPages(await getCatalog()).map((page) => page.record),
		t('locale'),
	);
}

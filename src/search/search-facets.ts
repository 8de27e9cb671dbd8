import { type Facet, facetCounts } from './facet-counts.ts';
import { getCatalog } from '../content-layer/catalog.ts';
import { t } from '../context/index.ts';
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

import { type Facet, facetCounts } from './facet-counts.ts';
import { getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { searchPages } from './search-pages.ts';

/**
 * The search page's filter values, each with the number of pages in the search index that carry
 * it: the records of the pages `searchPages` gives the index.
 */
export async function searchFacets(ctx: SiteContext): Promise<Facet[]> {
	return facetCounts(
		searchPages(ctx, await getContentIndex(ctx)).map((page) => page.record),
		ctx.t('locale'),
	);
}

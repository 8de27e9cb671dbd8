import { type Facet, facetCounts } from './facet-counts.ts';
import type { SiteContext } from '../context/site-context.ts';
import { searchSplit } from './archive-info.ts';

/**
 * The search page's filter values, each with the number of pages in the search index that carry
 * it: the records of the pages `searchPages` gives the current index (archive.ts; a search
 * without the archive is what the page opens with).
 */
export async function searchFacets(ctx: SiteContext): Promise<Facet[]> {
	return facetCounts(
		(await searchSplit(ctx)).current.map((page) => page.record),
		ctx.t('locale'),
	);
}

import { getContentIndex } from '../content-layer/collections-index.ts';
import type { SiteContext } from '../context/site-context.ts';
import { leavingTimes, splitPages } from './archive.ts';
import { searchPages } from './search-pages.ts';

/**
 * The search index's pages split by the archive rule, from the content layer: the search page's
 * view of what `pagefind-index.ts` writes from the content check's entries (the same pages, the
 * same rule, the same "now"). The page reads what it must tell its script (`info`), its filter
 * totals count the current pages.
 */
export async function searchSplit(ctx: SiteContext) {
	const index = await getContentIndex(ctx);
	return splitPages(searchPages(ctx, index), leavingTimes(ctx, index), ctx.now);
}

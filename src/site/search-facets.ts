import { type Facet, facetCounts } from '../lib/search-facets.ts';
import { getCatalog } from './catalog.ts';
import { t } from './index.ts';
import { searchRecords } from './search-records.ts';

/**
 * The search page's filter values, each with the number of pages in the search index that carry
 * it: the records of the detail pages the index holds (those of `searchPages` in
 * `search-pages.ts`: courses, events, news, programmes, topics, organisations, locations).
 */
export async function searchFacets(): Promise<Facet[]> {
	const [catalog, records] = await Promise.all([getCatalog(), searchRecords()]);
	return facetCounts(
		[
			...catalog.courses.map((item) => records.course(item)),
			...catalog.events.map((item) => records.event(item)),
			...catalog.news.map((item) => records.news(item)),
			...catalog.programmes.map((item) => records.programme(item)),
			...[...catalog.topics.values()].map((entry) => records.topic(entry)),
			...[...catalog.organisations.values()].map((entry) => records.organisation(entry)),
			...[...catalog.locations.values()].map((entry) => records.location(entry)),
		],
		t('locale'),
	);
}

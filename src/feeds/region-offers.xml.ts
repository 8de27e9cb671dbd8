import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentIndex } from '../content-layer/collections-index.ts';
import { OFFER_LISTS, offerFeed } from './offer-feed.ts';
import { context } from 'virtual:kb/context';
const { site, t } = context;

export const prerender = true;

/**
 * Two feeds per region of `site.yaml`: `/region/<slug>/kurs.xml` and `/region/<slug>/arrangementer.xml`,
 * with what the region page lists (its organisations' offers and those of organisations serving every region).
 */
export const getStaticPaths = (() =>
	site.regions.flatMap((region) =>
		OFFER_LISTS.map((list) => ({ params: { slug: region.slug, list: t(`route.${list}`) }, props: { region, list } })),
	)) satisfies GetStaticPaths;

/** The region's newest upcoming courses or events (`FEED_ITEMS`), newest first by publication. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props: { region, list } }) => {
	const index = await getContentIndex(context);
	return offerFeed(context, list, { region: region.slug, name: region.name }, index.byRegion(region.slug)[list], index.locations);
};

// The favourites page's own attributes, between favourites.astro and favourites-client.ts (apart
// from favourites-contract.ts, which the toggle's script bundles: see there). Pure.

/** On the page's root: the URL of `/favoritter/data.json`, and the page's `FavouritesText` as JSON. */
export const FAVOURITES = 'data-favourites';
export const FAVOURITES_TEXT = 'data-favourites-text';

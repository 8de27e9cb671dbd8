// The written contract between the page's client scripts (client/past-items.ts,
// regions/region-client.ts, filters/list-client.ts) and the components whose markup they
// read: every data attribute they share and the one custom event. Components spread these names
// (`{...{ [ENDS_AT]: iso }}`) so both sides spell them once. Pure: importing it does nothing.

/** On `<body>` (layouts/Base.astro): the text of the badge past-items.ts adds to an ended item. */
export const PAST_LABEL = 'data-past-label';
/**
 * On an upcoming list (components/CardList.astro): where its items go once they end, the id of a
 * past list (past-items.ts moves them there) or `""` (past-items.ts hides them, and region-client.ts
 * never counts them).
 */
export const PAST_LIST = 'data-past-list';
/** On an item of a `PAST_LIST` (CardList.astro): when it ends, ISO 8601. Read through `hasEnded`. */
export const ENDS_AT = 'data-ends-at';
/**
 * On a list the region picker filters (CardList.astro): how many items it shows, `""` for all.
 * region-client.ts hides the rest with `REGION_HIDDEN`.
 */
export const REGION_LIST = 'data-region-list';
/** On an item of a `REGION_LIST` (CardList.astro): its region's slug, `""` for every region. */
export const REGION = 'data-region';
/**
 * On an item (or a `.list-section`) the region hides: set by CardList.astro beyond a list's limit,
 * toggled by region-client.ts, styled by styles/global.css.
 */
export const REGION_HIDDEN = 'data-region-hidden';
/** On the note after a limited `REGION_LIST` (CardList.astro): region-client.ts shows it when nothing is left. */
export const REGION_EMPTY = 'data-region-empty';
/**
 * The region picker's own markup (regions/RegionPicker.astro, run by region-client.ts): the bar,
 * its "showing region {region}" text and its «show all» button; region-client.ts marks the bar
 * `REGION_ACTIVE` while a region narrows the page (styles/global.css).
 */
export const REGION_BAR = 'data-region-bar';
export const REGION_SHOWING = 'data-showing';
export const REGION_RESET = 'data-region-reset';
export const REGION_ACTIVE = 'data-active';
/**
 * On a filtered list's form (filters/ListFilters.astro: the catalogue, the events list): the URL of
 * its JSON, which filters/list-client.ts loads. region-client.ts takes its presence as "this page
 * is regional". (Named for the catalogue, its first user; the events list shares it.)
 */
export const CATALOGUE = 'data-catalogue';
/** The filter form's reset button (ListFilters.astro, list-client.ts). */
export const CATALOGUE_RESET = 'data-reset';
/**
 * On a region's page (regions/region.astro): its slug. The page is that region's view, so
 * region-client.ts takes it as the chosen region (bar and storage); choosing another region in the
 * bar shows a link to that region's page (`REGION_GO`), since a select must not navigate on its own.
 */
export const REGION_PAGE = 'data-page-region';
/** On each region's option of the picker (RegionPicker.astro): the URL of that region's page. */
export const REGION_HREF = 'data-href';
/**
 * The picker's link to the chosen region's page, shown on another region's page; its value is
 * the link's text, "{region}" filled in.
 */
export const REGION_GO = 'data-region-go';
/** The filter form's sticky "Vis N treff" button, shown on narrow screens (ListFilters.astro, list-client.ts). */
export const FILTER_SHOW = 'data-show-results';
/** A filtered list's count (a status) and its results, which list-client.ts renders (filters/FilteredList.astro). */
export const LIST_COUNT = 'data-list-count';
export const LIST_RESULTS = 'data-list-results';

/** A new region state, already in `?region=`. */
export interface RegionChange {
	/** The region chosen: a region's slug, `""` for all (or, from a filter, for several: read the URL). */
	region: string;
	/** Who changed it: `picker` (region-client.ts) or `filter` (a list's filter form); each ignores its own. */
	source: 'picker' | 'filter';
}
/**
 * Dispatched on `document` after `?region=` in the URL has changed:
 * - by region-client.ts (`picker`) when a region is chosen (by the visitor, or a remembered one at
 *   load) on a page with something regional, after replacing the URL; list-client.ts listens
 *   and re-reads its state from the URL;
 * - by list-client.ts (`filter`) when its region checkboxes (or its reset) changed the URL;
 *   region-client.ts listens, shows the URL's region in the bar and remembers it.
 * Back/forward navigation is a real `popstate`, which each script handles on its own.
 */
export const REGION_CHANGE = 'kb:region-change';
declare global {
	interface DocumentEventMap {
		[REGION_CHANGE]: CustomEvent<RegionChange>;
	}
}
export const emitRegionChange = (region: string, source: RegionChange['source']): void =>
	void document.dispatchEvent(new CustomEvent(REGION_CHANGE, { detail: { region, source } }));
export const onRegionChange = (listener: (change: RegionChange) => void): void =>
	document.addEventListener(REGION_CHANGE, (event) => listener(event.detail));

/** Whether an item with `ENDS_AT` has ended by `now` (an item without one never ends). */
export const hasEnded = (item: Element, now: number): boolean => Date.parse(item.getAttribute(ENDS_AT) ?? '') <= now;

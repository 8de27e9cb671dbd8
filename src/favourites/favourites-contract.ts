// The written contract between the build (favourites-data.ts, FavouriteToggle.astro,
// favourites.astro) and the two client scripts (favourite-toggle.ts on content pages,
// favourites-client.ts on the favourites page): the storage key and its format, the toggle's data
// attributes and the JSON's shape. Pure: importing it does nothing. The page script imports only
// types from here (its values come from its page, favourites-page.ts): a module both scripts
// imported would become a file of its own on every content page.

/** The collections a reader can keep as favourites (their URL sections). */
export type FavouriteKind = 'courses' | 'events' | 'programmes';

/**
 * localStorage key of the saved favourites: a JSON object from `kind:slug` to the title the
 * item had when it was saved (shown when the item no longer exists), in the order they were saved.
 * Nothing else is stored, and never in a cookie.
 */
export const STORAGE_KEY = 'kompetansebroen:favourites';
export type SavedFavourites = Record<string, string>;

/** An item's key in storage and in the JSON: `courses:<slug>`. */
export const favouriteId = (kind: FavouriteKind, slug: string): string => `${kind}:${slug}`;

/** On a toggle button (FavouriteToggle.astro): its item's `favouriteId`, and the title to save with it. */
export const TOGGLE = 'data-favourite';
export const TOGGLE_TITLE = 'data-favourite-title';
/** Dispatched on `window` by a script that drew new toggles (the filtered lists' cards), for favourite-toggle.ts to reveal and set them. */
export const TOGGLES_ADDED = 'kb:favourite-toggles';

/**
 * What the favourites page script gets from its page (favourites-page.ts): the storage key and
 * the words it needs, in the site's language.
 */
export interface FavouritesText {
	storageKey: string;
	remove: string;
	removed: string;
	gone: string;
	ended: string;
	calendarName: string;
	/** The downloaded file's name, without `.ics`. */
	fileName: string;
}

/** What the favourites page shows of one published course, event or programme, as of the last build. */
export interface FavouriteRecord {
	title: string;
	href: string;
	/** The card's type label: the course's format, "Arrangement", "Program". */
	type: string;
	/** The next date as the cards write it (courses and events that have one). */
	date?: string;
	/** ISO 8601 of that date, for `<time datetime>`. */
	datetime?: string;
	/** How long it takes, where there is no date (e-learning, programmes), as the cards show it. */
	duration?: string;
	/** Where, as the cards write it. */
	place?: string;
	/** The registration state (courses and events) and its label, as on the cards' badge. */
	state?: string;
	stateLabel?: string;
	/** When it ends, ISO 8601: the page marks it ended once that is past, even before the next build. */
	endsAt?: string;
	/** Its own calendar file (courses with sessions, events), whose events the download joins. */
	ics?: string;
}

/** `/favoritter/data.json`: every published course, event and programme by `favouriteId`. */
export type FavouritesData = Record<string, FavouriteRecord>;

import type { RegistrationState } from '../lib/schedule.ts';

/** A facet value: `[value in the URL, label]`. */
export type FacetOption = [value: string, label: string];

/**
 * One item (course or event) in a filtered list's JSON. `values` index the facet tables, one list
 * per facet in the order of `ListData.facets` (an empty region list: the organiser serves every
 * region); `when` is the card's date label or the duration of e-learning; `days` are the
 * sessions' first and last local dates, flattened: `[start, end, start, end, …]`.
 */
export type ListRow = [
	slug: string,
	title: string,
	summary: string,
	when: string,
	next: string | null,
	end: string | null,
	state: number,
	/** The card's tag (course format or "Arrangement"), place, price and organiser as the card shows them. */
	tag: string,
	place: string,
	price: string,
	organiser: string,
	values: number[][],
	days: string[],
	lang?: string,
];

/** UI strings the list script needs. */
export type ListTextKey =
	'count' | 'empty' | 'upcoming' | 'always' | 'past' | 'pages' | 'previous' | 'next' | 'page' | 'show' | 'favouriteAdd' | 'favouriteRemove';

/** A filtered list's JSON (`/kurs/katalog.json`, `/arrangementer/filter.json`): tables once, then one short row per item. */
export interface ListData<F extends string = string> {
	/** Path of the list's first page; an item's page is `base + slug + '/'`. */
	base: string;
	/** The items' kind in favourites (`<kind>:<slug>`, favourites/favourites-contract.ts), for the cards' toggles. */
	kind: 'courses' | 'events';
	/** Each facet's options, in form and URL order. */
	facets: Record<F, FacetOption[]>;
	/** `[state, label]` of every registration state. */
	states: [RegistrationState, string][];
	text: Record<ListTextKey, string>;
	/** In list order: upcoming by next start, always available, then past. */
	items: ListRow[];
}

/** An item as the list script filters and renders it. */
export interface ListItem<F extends string = string> {
	slug: string;
	href: string;
	title: string;
	summary: string;
	/** The card's date label (of the session at `next`), or the duration of e-learning. */
	when: string;
	/** Next start (ISO, for `<time datetime>`) and in ms since the epoch; last end in ms. */
	nextIso?: string;
	next?: number;
	end?: number;
	/** Registration state; `ended` once `end` has passed, whatever the build said. */
	state: RegistrationState;
	past: boolean;
	/** Facet values (URL values, not labels). */
	values: Record<F, string[]>;
	days: string[];
	tag: string;
	place: string;
	/** A course's price as its card says it ("Gratis", "1 500 kr"); `''` when none is stated. */
	price: string;
	/** The organiser's full name. */
	organiser: string;
	lang?: string;
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : undefined);

/** The facet keys of a list's data, in form and URL order. */
export const facetKeys = <F extends string>(data: Pick<ListData<F>, 'facets'>): F[] => Object.keys(data.facets) as F[];

/** Expands the JSON rows into items, judging "past" against `now` (ms). */
export function decodeList<F extends string>(data: ListData<F>, now: number): ListItem<F>[] {
	const { facets, states } = data;
	const keys = facetKeys(data);
	return data.items.map(([slug, title, summary, when, next, end, state, tag, place, price, organiser, values, days, lang]) => {
		const endAt = time(end);
		const past = endAt !== undefined && endAt <= now;
		return {
			slug,
			href: `${data.base}${slug}/`,
			title,
			summary,
			when,
			nextIso: next ?? undefined,
			next: time(next),
			end: endAt,
			state: past && states[state][0] !== 'cancelled' ? 'ended' : states[state][0],
			past,
			values: Object.fromEntries(keys.map((key, i) => [key, (values[i] ?? []).map((n) => facets[key][n][0])])) as Record<F, string[]>,
			days,
			tag,
			place,
			price,
			organiser,
			lang,
		};
	});
}

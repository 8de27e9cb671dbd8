import type { RegistrationState } from '../lib/schedule.ts';

/** The course catalogue's filter facets, in form and URL order. */
export const FACETS = ['topic', 'audience', 'format', 'organiser', 'region'] as const;
export type CatalogueFacet = (typeof FACETS)[number];

/** A facet value: `[value in the URL, label]`; organisers add the short name their cards show. */
export type FacetOption = [value: string, label: string, short?: string];

/**
 * One course in the catalogue JSON. Numbers index the facet tables (`-1`: no region); `when` is
 * the card's date label (of the session starting at `next`) or the duration of e-learning; `days`
 * are the sessions' first and last local dates, flattened: `[start, end, start, end, …]`.
 */
export type CourseRow = [
	slug: string,
	title: string,
	summary: string,
	when: string,
	next: string | null,
	end: string | null,
	state: number,
	format: number,
	organiser: number,
	region: number,
	topics: number[],
	audiences: number[],
	days: string[],
	lang?: string,
];

/** UI strings the catalogue script needs. */
export type CatalogueTextKey = 'count' | 'empty' | 'upcoming' | 'always' | 'past' | 'pages' | 'previous' | 'next' | 'page';

/** The catalogue JSON (`/kurs/katalog.json`): lookup tables once, then one short row per course. */
export interface CatalogueData {
	/** Path of the catalogue's first page; a course's page is `base + slug + '/'`. */
	base: string;
	facets: Record<CatalogueFacet, FacetOption[]>;
	/** `[state, label]` of every registration state. */
	states: [RegistrationState, string][];
	text: Record<CatalogueTextKey, string>;
	/** In catalogue order: upcoming by next session, e-learning, then past. */
	courses: CourseRow[];
	/** What else each course's card shows, in the order of `courses`: `[place, price]`, '' when none. */
	cards?: [place: string, price: string][];
}

/** A course as the catalogue script filters and renders it. */
export interface CatalogueCourse {
	href: string;
	title: string;
	summary: string;
	/** The card's date label (of the session at `next`), or the duration of e-learning. */
	when: string;
	/** Next session start (ISO, for `<time datetime>`) and in ms since the epoch; last end in ms. */
	nextIso?: string;
	next?: number;
	end?: number;
	/** Registration state; `ended` once `end` has passed, whatever the build said. */
	state: RegistrationState;
	past: boolean;
	/** CatalogueFacet values (URL values, not labels). */
	values: Record<CatalogueFacet, string[]>;
	days: string[];
	/** Format label, the organiser's full name (cards show no abbreviations), place and price ('' when none). */
	tag: string;
	organiser: string;
	place: string;
	price: string;
	lang?: string;
}

const time = (iso: string | null) => (iso ? Date.parse(iso) : undefined);

/** Expands the JSON rows into courses, judging "past" against `now` (ms). */
export function decodeCatalogue(data: CatalogueData, now: number): CatalogueCourse[] {
	const { facets, states } = data;
	const pick = (facet: CatalogueFacet, indexes: number[]) => indexes.filter((i) => i >= 0).map((i) => facets[facet][i][0]);
	return data.courses.map(([slug, title, summary, when, next, end, state, format, organiser, region, topics, audiences, days, lang], i) => {
		const endAt = time(end);
		const past = endAt !== undefined && endAt <= now;
		return {
			href: `${data.base}${slug}/`,
			title,
			summary,
			when,
			nextIso: next ?? undefined,
			next: time(next),
			end: endAt,
			state: past && states[state][0] !== 'cancelled' ? 'ended' : states[state][0],
			past,
			values: {
				topic: pick('topic', topics),
				audience: pick('audience', audiences),
				format: pick('format', [format]),
				organiser: pick('organiser', [organiser]),
				region: pick('region', [region]),
			},
			days,
			tag: facets.format[format][1],
			organiser: facets.organiser[organiser][1],
			place: data.cards?.[i][0] ?? '',
			price: data.cards?.[i][1] ?? '',
			lang,
		};
	});
}

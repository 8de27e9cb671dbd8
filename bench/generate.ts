// Synthetic content folders for the benchmark and the scale tests: organisations, topics,
// locations and N courses, events and news (45 / 20 / 35 %), valid against the schemas, with
// Norwegian bodies of realistic length composed from the phrase lists in `phrases.ts`.
// Deterministic: the same options give byte-identical folders.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import * as P from './phrases.ts';

export interface GenerateOptions {
	/** Folder to write (created; emptied first when it exists). */
	dir: string;
	/** Number of courses + events + news. */
	entries: number;
	/** The `KB_NOW` the dates are chosen around (ISO 8601). */
	now?: string;
	/** Seed of the random generator. */
	seed?: number;
	/** Share of courses, events and news (default 0.45 / 0.20 / 0.35). */
	mix?: { courses: number; events: number; news: number };
	/** Share of entries marked `draft: true` (default 0.01). */
	drafts?: number;
	/**
	 * How many entries are current at `now` (courses and events not yet ended, e-learning, news of
	 * the last 12 months: the search's current index, src/search/archive.ts), spread over the kinds
	 * like the entries; the rest are past, with dates spread over the years before. Default: dates
	 * drawn around `now` without a fixed number (about a third current).
	 */
	current?: number;
}

export interface GeneratedContent {
	dir: string;
	counts: {
		organisations: number;
		topics: number;
		locations: number;
		courses: number;
		events: number;
		news: number;
		drafts: number;
		/** Courses, events and news current at `now`, when the option asked for a number. */
		current?: number;
	};
	/** Bytes written, and the number of files. */
	bytes: number;
	files: number;
	/** Queries that find something in every generated folder (for the search measurements). */
	queries: string[];
}

export const DEFAULT_NOW = '2027-01-15T12:00:00Z';
export const SEARCH_QUERIES = ['demens', 'legemiddelhåndtering', 'trygge overganger'];

/** Mulberry32: a small, fast, seedable generator. */
function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
	/** Index skewed towards the start of a list (a few organisers and topics have most entries). */
	const skewed = (length: number, power = 2) => Math.min(length - 1, Math.floor(length * next() ** power));
	const chance = (p: number) => next() < p;
	const some = <T>(list: readonly T[], min: number, max: number): T[] => {
		const n = Math.min(list.length, int(min, max));
		const copy = [...list];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(next() * (i + 1));
			[copy[i], copy[j]] = [copy[j], copy[i]];
		}
		return copy.slice(0, n);
	};
	const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
		let r = next() * table.reduce((s, [, w]) => s + w, 0);
		for (const [value, w] of table) if ((r -= w) < 0) return value;
		return table[table.length - 1][0];
	};
	return { next, int, pick, skewed, chance, some, weighted };
}
type Random = ReturnType<typeof random>;

/** The slug rule: lowercase a–z, digits and hyphens; æ→ae, ø→o, å→a. */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Hands out unique slugs: a repeated base gets `-2`, `-3` … */
function slugs() {
	const used = new Map<string, number>();
	return (text: string, max = 80) => {
		let base = slugify(text).slice(0, max).replace(/-+$/, '');
		const n = (used.get(base) ?? 0) + 1;
		used.set(base, n);
		if (n > 1) {
			base = `${base}-${n}`;
			used.set(base, 1);
		}
		return base;
	};
}

const clamp = (v: number, min: number, max: number) => Math.max(min, Math.min(max, v));
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const trimTo = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}.`);

/** How many organisations, topics and locations a folder of `entries` entries has (they grow slower than the entries). */
export function supportCounts(entries: number) {
	const organisations = clamp(Math.round(10 + Math.sqrt(entries) * 0.4), 10, 80);
	const topics = clamp(Math.round(8 + Math.sqrt(entries) * 0.2), 8, P.TOPICS.length);
	return { organisations, topics, locations: Math.round(organisations * 1.5) };
}

const DISTRICTS = new Set(['Alna', 'Grorud', 'Stovner', 'Bjerke', 'Grünerløkka', 'Sagene', 'Østensjø', 'Nordstrand', 'Søndre Nordstrand']);

interface Org {
	slug: string;
	place: string;
}

function person(r: Random, orgSlug: string) {
	const first = r.pick(P.FIRST_NAMES);
	const last = r.pick(P.LAST_NAMES);
	return {
		name: `${first} ${last}`,
		email: `${slugify(first)}.${slugify(last)}@${orgSlug}.example`,
		phone: `+47 ${r.int(21, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`,
	};
}

/** One sentence about `word` (a topic word). */
function sentence(r: Random, word: string, place: string): string {
	const s = `${r.pick(P.SUBJECTS)} ${r.pick(P.VERBS)} ${word} ${r.pick(P.CONTEXTS)}`;
	const withPlace = r.chance(0.15) ? `${s} i ${place}` : s;
	return `${withPlace}.`;
}

function paragraph(r: Random, words: string[], place: string, min: number, max: number): string {
	const out: string[] = [];
	for (let i = r.int(min, max); i > 0; i--) {
		out.push(sentence(r, r.pick(words), place));
		if (r.chance(0.45)) out.push(r.pick(P.FOLLOW_UPS));
	}
	return out.join(' ').replace(/ (\S+ \S+)\./, (m, two: string) => (r.chance(0.2) ? ` **${two}**.` : m));
}

/** An MDX body: paragraphs, headings, a list, sometimes a Callout, a link or a table. */
function body(r: Random, kind: 'course' | 'event' | 'news', words: string[], place: string, orgSlug: string): string {
	const headings = kind === 'course' ? P.HEADINGS_COURSE : kind === 'event' ? P.HEADINGS_EVENT : P.HEADINGS_NEWS;
	const parts: string[] = [paragraph(r, words, place, 2, 4)];
	const sections = kind === 'event' ? r.int(1, 2) : r.int(2, 3);
	for (const heading of r.some(headings, sections, sections)) {
		parts.push(`## ${heading}`);
		parts.push(paragraph(r, words, place, 1, 3));
		if (r.chance(0.6))
			parts.push(
				r
					.some(P.LIST_ITEMS, 3, 6)
					.map((item) => `- ${capital(item)}`)
					.join('\n'),
			);
		if (kind === 'news' && r.chance(0.5)) {
			const p = person(r, orgSlug);
			parts.push(r.pick(P.QUOTES).replace('{name}', p.name).replace('{role}', r.pick(P.ROLES).toLowerCase()).replace('{place}', place));
		}
	}
	if (r.chance(0.08))
		parts.push(
			`| Tid | Innhold |\n|---|---|\n${r
				.some(P.LIST_ITEMS, 3, 5)
				.map((item, i) => `| ${9 + i}:00 | ${capital(item)} |`)
				.join('\n')}`,
		);
	if (r.chance(0.1)) parts.push(`<Callout type="${r.chance(0.7) ? 'info' : 'warning'}" title="Husk">\n${r.pick(P.FOLLOW_UPS)}\n</Callout>`);
	if (r.chance(0.3))
		parts.push(`Les mer om ${r.pick(words)} på [nettsidene våre](https://www.${orgSlug}.example/fag/${slugify(r.pick(words))}).`);
	return `${parts.join('\n\n')}\n`;
}

const mdx = (data: Record<string, unknown>, text: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}`;

/** Writes a synthetic content folder. */
export function generateContent(options: GenerateOptions): GeneratedContent {
	const { dir, entries } = options;
	const r = random(options.seed ?? 20270115);
	const mix = options.mix ?? { courses: 0.45, events: 0.2, news: 0.35 };
	const draftShare = options.drafts ?? 0.01;
	const nowMs = Date.parse(options.now ?? DEFAULT_NOW);
	const baseDay = Date.UTC(new Date(nowMs).getUTCFullYear(), new Date(nowMs).getUTCMonth(), new Date(nowMs).getUTCDate());
	/** Local calendar date `offset` days from "now". */
	const day = (offset: number) => new Date(baseDay + offset * 86_400_000).toISOString().slice(0, 10);
	const hm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

	rmSync(dir, { recursive: true, force: true });
	for (const folder of ['organisations', 'topics', 'locations', 'courses', 'events', 'news'])
		mkdirSync(join(dir, folder), { recursive: true });
	let bytes = 0;
	let files = 0;
	const write = (path: string, text: string) => {
		writeFileSync(join(dir, path), text);
		bytes += Buffer.byteLength(text);
		files++;
	};

	const support = supportCounts(entries);
	const nCourses = Math.round(entries * mix.courses);
	const nEvents = Math.round(entries * mix.events);
	const nNews = Math.max(0, entries - nCourses - nEvents);
	const { current } = options;
	if (current !== undefined && (!Number.isInteger(current) || current < 0 || current > entries))
		throw new Error(`current must be an integer from 0 to ${entries} (got ${current})`);
	/** With `current`: how many of each kind are current (the first ones written), in the entries' proportions. */
	const currentCourses = current === undefined ? 0 : Math.round((current * nCourses) / entries);
	const currentEvents = current === undefined ? 0 : Math.round((current * nEvents) / entries);
	const currentNews = current === undefined ? 0 : current - currentCourses - currentEvents;
	/** The years of history past entries spread over: more entries, a longer history (at least two years). */
	const pastDays = Math.max(730, Math.round((entries - (current ?? 0)) / 6000) * 365);

	// Organisations: the hospital (owner), a university college, a training centre, then municipalities and districts.
	const orgSlug = slugs();
	const orgs: Org[] = [];
	const places = [...P.PLACES];
	for (let i = 0; i < support.organisations; i++) {
		const place = places[i % places.length];
		const round = Math.floor(i / places.length);
		let name: string;
		let kind: string;
		let short: string;
		if (i === 0) [name, kind, short] = ['Nitelva universitetssykehus', 'hospital', 'NUS'];
		else if (i === 1) [name, kind, short] = [`Høgskolen på ${place}`, 'education', `HiP ${place}`];
		else if (i === 2) [name, kind, short] = [`Simuleringssenteret ${place}`, 'training-centre', `Sim ${place}`];
		else if (i === 3)
			[name, kind, short] = [`Utviklingssenter for sykehjem og hjemmetjenester i ${place}`, 'training-centre', `USHT ${place}`];
		else if (DISTRICTS.has(place)) [name, kind, short] = [`Bydel ${place}`, 'district', place];
		else [name, kind, short] = [`${place} kommune`, 'municipality', place];
		if (round > 0) [name, short] = [`${name} ${['nord', 'sør', 'øst', 'vest'][round % 4]}`, `${short} ${round + 1}`];
		const slug = i === 0 ? orgSlug('nus') : orgSlug(name);
		orgs.push({ slug, place });
		const contact = person(r, slug);
		const org: Record<string, unknown> = {
			name,
			short_name: short,
			kind,
			region: P.REGIONS[i % P.REGIONS.length],
			website: `https://www.${slug}.example`,
			email: `kompetanse@${slug}.example`,
			phone: contact.phone,
			description: `${name} ${r.pick(P.VERBS)} ${r.pick(P.TOPICS[r.int(0, support.topics - 1)].words)} ${r.pick(P.CONTEXTS)}.`,
		};
		write(`organisations/${slug}.yaml`, stringify(org, { lineWidth: 0 }));
	}

	const topicSlug = slugs();
	const topics = P.TOPICS.slice(0, support.topics).map((topic, i) => {
		const slug = topicSlug(topic.name);
		write(`topics/${slug}.yaml`, stringify({ name: topic.name, description: topic.description, featured: i < 4 }, { lineWidth: 0 }));
		return { slug, ...topic };
	});

	const locSlug = slugs();
	const locations = Array.from({ length: support.locations }, (_, i) => {
		const org = orgs[i % orgs.length];
		const name = `${P.LOCATION_KINDS[i % P.LOCATION_KINDS.length]} ${org.place}`;
		const slug = locSlug(name);
		const location: Record<string, unknown> = {
			name,
			organisation: org.slug,
			address: `${r.pick(P.STREETS)} ${r.int(1, 120)}`,
			postcode: String(r.int(100, 9990)).padStart(4, '0'),
			city: org.place,
			facilities: r.some(P.FACILITIES, 2, 4),
			description: `${name} har plass til ${r.int(2, 20) * 10} personer. ${r.pick(P.FOLLOW_UPS)}`,
		};
		if (r.chance(0.5)) location.geo = { lat: Number((59 + r.next() * 2).toFixed(4)), lon: Number((9.5 + r.next() * 2).toFixed(4)) };
		write(`locations/${slug}.yaml`, stringify(location, { lineWidth: 0 }));
		return { slug, org };
	});

	const pickTopics = (min: number, max: number) => {
		const set = new Set<number>();
		for (let n = r.int(min, max); set.size < n;) set.add(r.skewed(topics.length, 1.4));
		return [...set].map((i) => topics[i]);
	};
	const pickOrg = () => orgs[r.skewed(orgs.length, 1.8)];
	const partnersOf = (organiser: Org) => {
		const out = new Set<string>();
		for (
			let n = r.weighted([
				[0, 5],
				[1, 3],
				[2, 2],
			] as const);
			n > 0;
			n--
		) {
			const p = pickOrg();
			if (p !== organiser) out.add(p.slug);
		}
		return [...out];
	};
	/** The fields courses and events share, drawn in a fixed order so the output stays reproducible. */
	const offeringFields = (title: string, main: string, org: Org, ts: typeof topics): Record<string, unknown> => {
		const data: Record<string, unknown> = {
			title: capital(title),
			summary: trimTo(`${sentence(r, main, org.place)} ${r.pick(P.FOLLOW_UPS)}`, 300),
			organiser: org.slug,
		};
		const partners = partnersOf(org);
		if (partners.length) data.partners = partners;
		data.topics = ts.map((t) => t.slug);
		return data;
	};
	const words = (ts: typeof topics) => ts.flatMap((t) => t.words);
	const locationOf = (org: Org) => locations.find((l) => l.org === org) ?? r.pick(locations);
	let drafts = 0;
	const draft = () => {
		const d = r.chance(draftShare);
		if (d) drafts++;
		return d;
	};

	const courseSlug = slugs();
	for (let i = 0; i < nCourses; i++) {
		const org = pickOrg();
		const ts = pickTopics(1, 3);
		const main = r.pick(ts[0].words);
		const drawn = r.weighted([
			['classroom', 50],
			['digital', 15],
			['elearning', 20],
			['hybrid', 15],
		] as const);
		/** With `current`: current courses start after now; past ones end before it (at most 3 sessions 35 days apart), and are never e-learning. */
		const isCurrent = current === undefined || i < currentCourses;
		const format = !isCurrent && drawn === 'elearning' ? 'classroom' : drawn;
		const elearning = format === 'elearning';
		const tail = r.chance(0.5) ? ` ${r.pick(P.TITLE_TAILS)}` : '';
		const firstDay = current === undefined ? r.int(-730, 540) : isCurrent ? r.int(1, 540) : r.int(-pastDays, -110);
		const season = P.SEASONS[Math.floor(((new Date(baseDay + firstDay * 86_400_000).getUTCMonth() + 1) % 12) / 3) % 4];
		const year = day(firstDay).slice(0, 4);
		const when = !elearning && r.chance(0.35) ? ` ${season} ${year}` : '';
		const title = `${elearning ? r.pick(P.ELEARNING_KINDS) : r.pick(P.COURSE_KINDS)} ${main}${tail}${when}`;
		const slug = courseSlug(title);
		const data = offeringFields(title, main, org, ts);
		data.audiences = r.some(
			['sykepleier', 'helsefagarbeider', 'lege', 'fysioterapeut', 'ergoterapeut', 'vernepleier', 'leder', 'student', 'alle'],
			1,
			4,
		);
		data.format = format;
		if (elearning) {
			data.duration = `${r.pick([20, 30, 45, 60, 90])} min`;
		} else {
			const sessions: Record<string, unknown>[] = [];
			let offset = firstDay;
			for (
				let n = r.weighted([
					[1, 6],
					[2, 3],
					[3, 1],
				] as const);
				n > 0;
				n--
			) {
				const start = r.pick([8 * 60 + 30, 9 * 60, 10 * 60, 12 * 60, 13 * 60]);
				const end = Math.min(start + r.int(2, 7) * 60, 20 * 60);
				const session: Record<string, unknown> = { start: `${day(offset)}T${hm(start)}`, end: `${day(offset)}T${hm(end)}` };
				if (format === 'digital') session.online_url = `https://video.${org.slug}.example/${slug}`;
				else if (r.chance(0.7)) session.location = locationOf(org).slug;
				else session.place = `${r.pick(P.STREETS)} ${r.int(1, 80)}, ${org.place}`;
				if (format === 'hybrid') session.online_url = `https://video.${org.slug}.example/${slug}`;
				sessions.push(session);
				offset += r.int(7, 35);
			}
			data.sessions = sessions;
		}
		const registration: Record<string, unknown> = r.chance(0.8)
			? { url: `https://www.${org.slug}.example/pamelding/${slug}` }
			: { email: `kurs@${org.slug}.example` };
		if (!elearning) {
			registration.deadline = `${day(firstDay - r.int(3, 21))}T23:59`;
			if (r.chance(0.7)) registration.seats = r.int(8, 60);
		}
		data.registration = registration;
		const status = r.weighted([
			['open', 85],
			['full', 7],
			['cancelled', 4],
			['closed', 4],
		] as const);
		if (status !== 'open') data.status = status;
		if (r.chance(0.8)) data.price = r.chance(0.5) ? 0 : r.int(5, 45) * 100;
		if (r.chance(0.03)) data.language = 'en';
		if (r.chance(0.7)) data.contact = person(r, org.slug);
		data.published = day(Math.min(firstDay, 0) - r.int(20, 120));
		if ((current === undefined || !isCurrent) && draft()) data.draft = true;
		write(`courses/${slug}.mdx`, mdx(data, body(r, 'course', words(ts), org.place, org.slug)));
	}

	const eventSlug = slugs();
	for (let i = 0; i < nEvents; i++) {
		const org = pickOrg();
		const ts = pickTopics(1, 2);
		const main = r.pick(ts[0].words);
		const isCurrent = current === undefined || i < currentEvents;
		const startDay = current === undefined ? r.int(-730, 365) : isCurrent ? r.int(1, 365) : r.int(-pastDays, -2);
		const title = `${r.pick(P.EVENT_KINDS)} ${main}${r.chance(0.4) ? ` ${day(startDay).slice(0, 4)}` : ''}`;
		const slug = eventSlug(title);
		const attendance = r.weighted([
			['in-person', 50],
			['online', 30],
			['mixed', 20],
		] as const);
		const start = r.pick([8 * 60 + 30, 9 * 60, 10 * 60, 12 * 60, 14 * 60, 18 * 60]);
		const twoDays = attendance !== 'online' && r.chance(0.15);
		const end = twoDays ? 16 * 60 : Math.min(start + r.pick([60, 90, 120, 180, 240, 360]), 22 * 60);
		const data = offeringFields(title, main, org, ts);
		if (r.chance(0.7)) data.audiences = r.some(['sykepleier', 'helsefagarbeider', 'lege', 'leder', 'alle', 'student'], 1, 3);
		data.start = `${day(startDay)}T${hm(start)}`;
		data.end = `${day(twoDays ? startDay + 1 : startDay)}T${hm(end)}`;
		data.attendance = attendance;
		if (attendance !== 'online') {
			if (r.chance(0.6)) data.location = locationOf(org).slug;
			else data.place = `${r.pick(P.STREETS)} ${r.int(1, 80)}, ${org.place}`;
		}
		if (attendance !== 'in-person') data.online_url = `https://video.${org.slug}.example/${slug}`;
		if (r.chance(0.6))
			data.registration = { url: `https://www.${org.slug}.example/pamelding/${slug}`, deadline: `${day(startDay - r.int(1, 14))}T23:59` };
		if (startDay < 0 && r.chance(0.7)) {
			data.materials = r
				.some(['Lysbilder fra innleggene', 'Opptak av webinaret', 'Rapport fra dagen', 'Oppsummering og lenker'], 1, 3)
				.map((m, k) => ({ title: m, url: `https://www.${org.slug}.example/materiell/${slug}-${k + 1}` }));
		}
		if (r.chance(0.6)) data.contact = person(r, org.slug);
		if ((current === undefined || !isCurrent) && draft()) data.draft = true;
		write(`events/${slug}.mdx`, mdx(data, body(r, 'event', words(ts), org.place, org.slug)));
	}

	const newsSlug = slugs();
	for (let i = 0; i < nNews; i++) {
		const org = pickOrg();
		const ts = pickTopics(0, 2);
		const vocabulary = ts.length ? words(ts) : words([topics[r.int(0, topics.length - 1)]]);
		const main = r.pick(vocabulary);
		const title = `${r.pick(P.NEWS_OPENERS)} ${main} i ${org.place}`;
		const slug = newsSlug(title);
		const isCurrent = current === undefined || i < currentNews;
		// Current news: dated within the last 12 months (a margin of a month for a build some days old).
		const date = current === undefined ? -r.int(0, 1825) : isCurrent ? -r.int(0, 330) : -r.int(367, pastDays + 365);
		const data: Record<string, unknown> = {
			title,
			summary: trimTo(`${sentence(r, main, org.place)} ${r.pick(P.FOLLOW_UPS)}`, 300),
			date: day(date),
		};
		if (r.chance(0.1)) data.updated = day(Math.min(0, date + r.int(1, 60)));
		data.organisation = org.slug;
		if (ts.length) data.topics = ts.map((t) => t.slug);
		const author = person(r, org.slug);
		if (r.chance(0.7)) data.author = author.name;
		if (r.chance(0.6))
			data.contacts = [{ name: author.name, role: `${r.pick(P.ROLES)}, ${org.place}`, email: author.email, phone: author.phone }];
		if ((current === undefined || !isCurrent) && draft()) data.draft = true;
		write(`news/${slug}.mdx`, mdx(data, body(r, 'news', vocabulary, org.place, org.slug)));
	}

	write(
		'site.yaml',
		stringify({
			name: 'Kompetansebroen',
			tagline: 'Felles kurs, fagdager og e-læring for helse- og omsorgstjenesten',
			language: 'nb',
			timezone: 'Europe/Oslo',
			url: 'https://kompetansebroen.example.no',
			owner: orgs[0].slug,
			contact: { email: 'kompetansebroen@nus.example', phone: '+47 67 90 10 00' },
		}),
	);

	return {
		dir,
		counts: { ...support, courses: nCourses, events: nEvents, news: nNews, drafts, ...(current === undefined ? {} : { current }) },
		bytes,
		files,
		queries: SEARCH_QUERIES,
	};
}

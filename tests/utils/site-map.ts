import type { CollectionKey } from '../../src/schemas/index.ts';
import { formatReport } from '../../src/validation/problem.ts';
import { validateContent } from '../../src/validation/validate.ts';

/** URL segments of the nb deployment, as fixed by the URL contract (spec/content-model.md). */
export const SECTION: Record<CollectionKey, string> = {
	courses: 'kurs',
	events: 'arrangementer',
	news: 'nyheter',
	topics: 'tema',
	organisations: 'organisasjoner',
	locations: 'steder',
	programmes: 'program',
};

export interface FixtureEntry {
	collection: CollectionKey;
	id: string;
	/** `title` of courses, events and news; `name` of the others. */
	title: string;
	draft: boolean;
	/** The entry's page by the URL contract. */
	url: string;
	data: Record<string, unknown>;
	/** The rendered MDX body (courses, events, news). */
	html?: string;
}

/** Every entry of a content folder, read with the validator (which must find nothing wrong). */
export function fixtureEntries(dir: string): FixtureEntry[] {
	const { entries, problems } = validateContent(dir);
	if (problems.length) throw new Error(`the fixture ${dir} is not valid:\n${formatReport(problems)}`);
	return (Object.keys(entries) as CollectionKey[]).flatMap((collection) =>
		entries[collection].map(({ id, data, html }) => ({
			collection,
			id,
			title: String(data.title ?? data.name),
			draft: data.draft === true,
			url: `/${SECTION[collection]}/${id}/`,
			data,
			html,
		})),
	);
}

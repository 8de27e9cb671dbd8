import type { IndexEntries } from './content-index.ts';
import { includeDrafts } from '../context/astro-command.ts';
import type { EntriesWithBody } from '../search/search-pages.ts';
import { validatedContent } from '../validation/content-check.ts';

/**
 * The content index of the content check's entries (drafts only where the build includes them), for
 * integrations that make files from the content outside Astro's routes (the search index, the
 * per-entry calendars).
 */
export async function validatedContentIndex() {
	// Loaded here rather than with this file: it reads site.yaml, which the content check validates first.
	const { buildContentIndex } = await import('./content-index.ts');
	const drafts = includeDrafts();
	// The content check parsed every entry with its collection's schema: `data` has the schema's type.
	const entries = Object.fromEntries(
		Object.entries(validatedContent().entries).map(([key, list]) => [key, drafts ? list : list.filter((entry) => entry.data.draft !== true)]),
	) as unknown as IndexEntries<EntriesWithBody>;
	return buildContentIndex<EntriesWithBody>(entries);
}

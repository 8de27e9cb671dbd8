import type { BuildState } from '../context/build-state.ts';
import type { SiteContext } from '../context/site-context.ts';
import type { EntriesWithBody } from '../search/search-pages.ts';
import type { ValidationResult } from '../validation/validate.ts';
import { buildContentIndex, type IndexEntries } from './content-index.ts';

/**
 * The content index of the content check's entries (drafts only where the build includes them),
 * for integrations that make files from the content outside Astro's routes (the search index, the
 * per-entry calendars).
 */
export function validatedContentIndex(state: BuildState) {
	return contentIndexOfValidation(state.context, state.validation);
}

/** `validatedContentIndex` from its parts: the run's context and the content check's result. */
export function contentIndexOfValidation(context: SiteContext, validation: ValidationResult) {
	// The content check parsed every entry with its collection's schema: `data` has the schema's type.
	const entries = Object.fromEntries(
		Object.entries(validation.entries).map(([key, list]) => [
			key,
			context.includeDrafts ? list : list.filter((entry) => entry.data.draft !== true),
		]),
	) as unknown as IndexEntries<EntriesWithBody>;
	return buildContentIndex<EntriesWithBody>(context, entries);
}

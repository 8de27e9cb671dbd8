import type { Translate } from '../../src/i18n/index.ts';
import type { CollectionKey } from '../../src/schemas/index.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import { checkEntry } from '../../src/validation/entry-check.ts';

/** What the CMS validates: a collection's entry, or `site.yaml`. */
export type EntryKey = CollectionKey | 'site';

/** One problem of an entry: where (a path into the entry's data) and what, in the site's language. */
export interface Issue {
	path: (string | number)[];
	message: string;
}

/** What the check needs besides the entry: the deployment's `site.yaml` and its `t`. */
export interface CheckOptions {
	site?: SiteConfig;
	t: Translate;
}

/**
 * Every rule of the content check that concerns one entry alone, run on the data the CMS is
 * about to write: the build's own `checkEntry()` (schema with its refinements, DST gaps, regions),
 * bundled for the browser, not a second copy of the rules.
 */
export function entryIssues(key: EntryKey, data: unknown, options: CheckOptions): Issue[] {
	return checkEntry(key, data, options).issues;
}

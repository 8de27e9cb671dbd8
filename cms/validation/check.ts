import type { Translate } from '../../src/i18n/index.ts';
import { type CollectionKey, collections } from '../../src/schemas/index.ts';
import { type SiteConfig, siteSchema } from '../../src/schemas/site.ts';

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
 * about to write. Interim: the schema with its refinements, until `src/validation/entry-check.ts`
 * (the build's own per-entry rules, bundled here) lands.
 */
export function entryIssues(key: EntryKey, data: unknown, _options: CheckOptions): Issue[] {
	const schema = key === 'site' ? siteSchema : collections[key].schema;
	const result = schema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message }));
}

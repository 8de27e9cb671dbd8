import type { CollectionKey } from '../schemas/index.ts';

/** The CMS's file collection that holds `site.yaml` (its entry is `site`, see `cms/config.ts`). */
export const SETTINGS = 'settings';

/** What a status row can point at in the CMS: an entry of a content collection, or the settings file. */
export type StatusTarget = CollectionKey | typeof SETTINGS;

/** Where the CMS is, and where the status page is: the same in every language (not translated routes). */
export const ADMIN_PATH = '/admin/';
export const STATUS_PATH = '/admin/status/';

/** An entry's editor in Decap CMS: `/admin/#/collections/<collection>/entries/<slug>`. */
export const cmsEntryPath = (collection: StatusTarget, slug: string): string =>
	`${ADMIN_PATH}#/collections/${collection}/entries/${encodeURIComponent(slug)}`;

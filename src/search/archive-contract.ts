// What the build tells the search page's script about the current and archive index (archive.ts):
// where the bundles are, the filter key of leaving times, and the rule the script applies to them.
// No imports: the page's script bundles it.

/** The two bundles' folders in the built site: outside readers use the first, the current index. */
export const CURRENT_FOLDER = 'pagefind';
export const ARCHIVE_FOLDER = 'pagefind-archive';

/** The filter key carrying a current page's leaving time (`ENDS_WINDOW_DAYS`); not a facet. */
export const ENDS_KEY = 'ends';

/** An `ends` filter value: the leaving instant in UTC to the minute, `YYYY-MM-DDTHH:mmZ` (sorts as time). */
export const endsValue = (leaves: Date): string => `${leaves.toISOString().slice(0, 16)}Z`;

/**
 * The `ends` values (of the current index) that have passed at the reader's `now`: a search without
 * the archive excludes them (`{ ends: { none: … } }`), so a page that ended after the build is not
 * offered as current, exactly when the past-items script marks it past (`end <= now`).
 */
export const endedValues = (values: readonly string[], now: number): string[] => values.filter((value) => Date.parse(value) <= now);

/** What the search page needs to know of the split, written into it at build time. */
export interface ArchiveInfo {
	/** Pages in the archive index; 0: there is none (nothing has ended), the page offers no archive. */
	archived: number;
	/** Every `ends` value of the current index, sorted. */
	ends: string[];
}

/** `ArchiveInfo` as the search page's `data-archive` attribute: the archive's size, then the `ends` values, space-separated (short, no quoting). */
export const archiveAttribute = (info: ArchiveInfo): string => [info.archived, ...info.ends].join(' ');

/** Reads `archiveAttribute`; a missing or empty attribute means there is no archive. */
export function parseArchiveAttribute(text: string | undefined): ArchiveInfo {
	const [archived = '0', ...ends] = (text ?? '').split(' ').filter(Boolean);
	return { archived: Number(archived) || 0, ends };
}

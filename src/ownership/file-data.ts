import { parseSourceText } from '../validation/source.ts';

/** Whether a file has data the rights depend on (YAML, or MDX frontmatter); media and code do not. */
export const isDataFile = (path: string) => path.endsWith('.mdx') || path.endsWith('.yaml') || path.endsWith('.yml');

/**
 * The data of a content file from its text, read as the content check reads it (`parseSourceText`):
 * the YAML of a data file, or the frontmatter of an MDX file. `undefined` when there is no text or
 * it cannot be read: the check then cannot tell who owns the file, and only curators may change it.
 */
export function fileData(path: string, text: string | undefined): unknown {
	if (text === undefined || !isDataFile(path)) return undefined;
	try {
		return parseSourceText(path, text).data;
	} catch {
		// A document the YAML library cannot turn into data (e.g. an alias bomb) is unreadable too.
		return undefined;
	}
}

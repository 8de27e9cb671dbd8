import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Whether a file has data the rights depend on (YAML, or MDX frontmatter); media and code do not. */
export const isDataFile = (path: string) => path.endsWith('.mdx') || path.endsWith('.yaml') || path.endsWith('.yml');

/**
 * The data of a content file from its text: the YAML of a data file, or the frontmatter of an MDX
 * file. `undefined` when there is no text or it cannot be read: the check then cannot tell who
 * owns the file, and only curators may change it.
 */
export function fileData(path: string, text: string | undefined): unknown {
	if (text === undefined) return undefined;
	try {
		if (path.endsWith('.mdx')) {
			const match = FRONTMATTER.exec(text);
			return match ? parse(match[1]) : undefined;
		}
		return path.endsWith('.yaml') || path.endsWith('.yml') ? parse(text) : undefined;
	} catch {
		return undefined;
	}
}

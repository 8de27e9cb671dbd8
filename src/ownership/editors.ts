import type { FileReader } from './git.ts';
import { fileData } from './file-data.ts';
import type { Editor } from './rights.ts';

/** The `editors` list of an organisation's data, logins compared without case (as the git hosts do). */
function editorsOf(data: unknown): Set<string> {
	const list = data && typeof data === 'object' ? (data as { editors?: unknown }).editors : undefined;
	return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()) : []);
}

export interface EditorsInput {
	login: string;
	/** Reads files of the base. */
	read: FileReader;
	/** The content folder relative to the repository root ('' for the root). */
	content: string;
	/** File names in `organisations/` at the base. */
	organisationFiles: string[];
}

/**
 * Who `login` is, from the base alone: the organisations whose `editors` name them, and whether
 * they are a curator (an editor of `site.yaml` `owner`'s organisation). Reading the base, never the
 * request, means nobody gains rights (or becomes a curator) in the request that grants them.
 */
export function editorAtBase({ login, read, content, organisationFiles }: EditorsInput): Editor {
	const prefix = content ? `${content}/` : '';
	const me = login.toLowerCase();
	const memberOf = new Set<string>();
	for (const file of organisationFiles) {
		if (!file.endsWith('.yaml')) continue;
		const path = `${prefix}organisations/${file}`;
		if (editorsOf(fileData(path, read(path))).has(me)) memberOf.add(file.slice(0, -'.yaml'.length));
	}
	const site = fileData(`${prefix}site.yaml`, read(`${prefix}site.yaml`));
	const owner = site && typeof site === 'object' ? (site as { owner?: unknown }).owner : undefined;
	return {
		login,
		curator: typeof owner === 'string' && memberOf.has(owner),
		known: memberOf.size > 0,
		editsFor: (organisation) => memberOf.has(organisation),
	};
}

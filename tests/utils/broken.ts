import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrokenCase } from '../fixtures/broken/cases.ts';
import { makeContentDir } from './content-dir.ts';
import { brokenFixtures } from './paths.ts';

export { type BrokenCase, brokenCases } from '../fixtures/broken/cases.ts';

/** The folder holding a case's files (absent for cases that only remove files). */
export const caseFolder = (c: BrokenCase) => join(brokenFixtures, c.name);

/** A temp content folder: the minimal fixture with the case applied. */
export function brokenContentDir(c: BrokenCase): string {
	const overlay = caseFolder(c);
	return makeContentDir({ overlay: existsSync(overlay) ? overlay : undefined, remove: c.remove });
}

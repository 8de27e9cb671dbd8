import { fileURLToPath } from 'node:url';

/** The project root (where astro.config.mjs lives). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The small valid content folder every test starts from. */
export const minimalFixture = fileURLToPath(new URL('../fixtures/minimal/', import.meta.url));
/** One folder per broken case, each an overlay on the minimal fixture. */
export const brokenFixtures = fileURLToPath(new URL('../fixtures/broken/', import.meta.url));
/** The real sample content shipped with the project. */
export const sampleContent = fileURLToPath(new URL('../../content/', import.meta.url));

/** "Now" for every fixture build: the minimal fixture's dates are chosen around it. */
export const FIXED_NOW = '2027-01-15T12:00:00Z';

import { type Audience, AUDIENCES } from '../schemas/enums.ts';

/** The audience value that means "every professional group". */
export const EVERYONE: Audience = 'alle';

/**
 * The audiences an entry serves, as every filter reads them (catalogue, events, search facets):
 * an entry for `alle` serves every audience, so it stays when a reader picks theirs. `alle` itself
 * is never a filter value, so no option can be read as "select all".
 */
export const audiencesServed = (audiences: readonly Audience[]): Audience[] =>
	audiences.includes(EVERYONE) ? AUDIENCES.filter((a) => a !== EVERYONE) : [...audiences];

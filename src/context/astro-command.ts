/**
 * The Astro command of this run (`dev`, `build`, `preview`), recorded by the content-check
 * integration. Drafts and the CMS's local backend exist under `astro dev` only, whatever
 * NODE_ENV says. An environment variable, because the integrations and the content layer load
 * modules separately.
 */
const KEY = 'KB_ASTRO_COMMAND';

export const recordAstroCommand = (command: string): void => {
	process.env[KEY] = command;
};

/** True under `astro dev`. */
export const isDevServer = (): boolean => process.env[KEY] === 'dev';

/** Drafts are part of the site only under `astro dev`, for editors' previews. */
export const includeDrafts = isDevServer;

/**
 * Whether drafts are part of this run: only under `astro dev` (for editors' previews), never in
 * a build, whatever NODE_ENV says. The content-check integration records the Astro command here
 * (an environment variable, because the integration and the content layer load modules separately).
 */
const KEY = 'KB_ASTRO_COMMAND';

export const recordAstroCommand = (command: string): void => {
	process.env[KEY] = command;
};

export const includeDrafts = (): boolean => process.env[KEY] === 'dev';

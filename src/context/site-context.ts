import { type Translate, useTranslations } from '../i18n/index.ts';
import { type Format, makeFormat } from '../lib/format.ts';
import type { SiteLanguage } from '../schemas/enums.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { makePaths, type Paths } from './site-paths.ts';

/**
 * What one run of Astro is made from, as plain data: it is read once (`loadContextInput`) and
 * crosses from the integrations to the pages as the virtual module `virtual:kb/context`.
 */
export interface SiteContextInput {
	/** The content folder's validated `site.yaml`, with `KB_SITE_URL` applied. */
	site: SiteConfig;
	/** "Now" of this build as an ISO 8601 instant (`KB_NOW`, or the time the build started). */
	now: string;
	/** The Astro command of this run (`dev`, `build`, `preview`, `sync`, `check`). */
	command: string;
	/** The content folder, absolute. */
	contentDir: string;
	/** The project's `public/` folder, absolute (uploaded images are checked there). */
	publicDir: string;
	/** Where the content loader leaves rendered MDX bodies for the pages (see `content-layer/entry-bodies.ts`). */
	bodiesDir: string;
	/** The built commit (`/build.json`), see `currentCommit`. */
	commit: string;
	/** decap-server's API URL when the CMS should use it: `KB_CMS_LOCAL_BACKEND`, or `true` under `astro dev`. */
	cmsLocalBackend: string | boolean;
}

/** The deployment being built: its `site.yaml`, language, UI strings, URLs, formatting and "now". */
export interface SiteContext {
	readonly input: SiteContextInput;
	readonly site: SiteConfig;
	readonly lang: SiteLanguage;
	readonly t: Translate;
	readonly paths: Paths;
	readonly format: Format;
	readonly now: Date;
	/** True under `astro dev`: drafts are shown and the CMS may use its local backend. */
	readonly isDevServer: boolean;
	/** Drafts are part of the site only under `astro dev`, for editors' previews. */
	readonly includeDrafts: boolean;
}

/** The context of `input`. Pure: a unit test builds an nn or sv site's context from a literal. */
export function createSiteContext(input: SiteContextInput): SiteContext {
	const { site } = input;
	const t = useTranslations(site.language);
	const isDevServer = input.command === 'dev';
	return {
		input,
		site,
		lang: site.language,
		t,
		paths: makePaths(t, site.url),
		format: makeFormat(t('locale'), site.timezone, t),
		now: new Date(input.now),
		isDevServer,
		includeDrafts: isDevServer,
	};
}

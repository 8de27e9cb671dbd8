import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { SITE_LANGUAGES, type SiteLanguage } from '../schemas/enums.ts';
import { fileData } from './file-data.ts';

/**
 * The site's language from `site.yaml` data, `nb` when it cannot be read. The checks of a request
 * must speak even when the request broke `site.yaml`, so this reads leniently instead of
 * validating (as `loadSiteConfig` does).
 */
export function siteLanguageOf(data: unknown): SiteLanguage {
	const language = data && typeof data === 'object' ? (data as { language?: unknown }).language : undefined;
	return SITE_LANGUAGES.find((lang) => lang === language) ?? 'nb';
}

/** `t()` in the language of the `site.yaml` in a content folder on disk. */
export function translateFor(dir: string): Translate {
	const file = join(dir, 'site.yaml');
	return useTranslations(siteLanguageOf(existsSync(file) ? fileData(file, readFileSync(file, 'utf8')) : undefined));
}

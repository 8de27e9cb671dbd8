import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { siteLanguageOfText } from '../i18n/site-language.ts';
import { SITE_LANGUAGES, type SiteLanguage } from '../schemas/enums.ts';

/**
 * The site's language from already parsed `site.yaml` data, `nb` when it cannot be read.
 * @deprecated Parsed data is `undefined` when `site.yaml` has a YAML error anywhere, so this can
 * disagree with the content check; read the text with `siteLanguageOfText` instead. Kept only for
 * `check.ts` until it reads the text (`siteLanguageOfText(readBase(…site.yaml))`).
 */
export function siteLanguageOf(data: unknown): SiteLanguage {
	const language = data && typeof data === 'object' ? (data as { language?: unknown }).language : undefined;
	return SITE_LANGUAGES.find((lang) => lang === language) ?? 'nb';
}

/** `t()` in the language of the `site.yaml` in a content folder on disk (`nb` when there is none). */
export function translateFor(dir: string): Translate {
	const file = join(dir, 'site.yaml');
	return useTranslations(siteLanguageOfText(existsSync(file) ? readFileSync(file, 'utf8') : undefined));
}

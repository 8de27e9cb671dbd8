import { SITE_LANGUAGES, type SiteLanguage } from '../schemas/enums.ts';

/**
 * The site's language from the text of a `site.yaml`: its top-level `language:` line, `nb` when
 * there is none or no text. Read from the text, not from parsed YAML, so that a `site.yaml` that
 * is broken elsewhere (a YAML error, an invalid field) still has its problems, the rights check
 * and the CMS worded in its language. The one reader of the site's language: the content check,
 * the build, the rights check and the CLIs all call it, so they never disagree.
 */
export function siteLanguageOfText(text: string | undefined): SiteLanguage {
	const value = text === undefined ? undefined : /^language:[ \t]*["']?([a-z]+)["']?[ \t]*(?:#.*)?$/m.exec(text)?.[1];
	return SITE_LANGUAGES.find((lang) => lang === value) ?? 'nb';
}

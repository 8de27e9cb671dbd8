import { tables, type Translate, useTranslations } from '../../src/i18n/index.ts';
import { type Format, makeFormat } from '../../src/lib/format.ts';
import type { SiteLanguage } from '../../src/schemas/enums.ts';

/** What previews need to know about the deployment. */
export interface PreviewContext {
	t: Translate;
	format: Format;
	/** The site's IANA time zone; content times are wall-clock times in it. */
	timeZone: string;
}

/**
 * The deployment's language, locale and time zone, written by `cms/admin.astro` as
 * `data-lang`, `data-locale` and `data-timezone` on `<body>`.
 */
export function previewContext(body: HTMLElement = document.body): PreviewContext {
	const { lang = 'nb', timezone = 'Europe/Oslo' } = body.dataset;
	const t = useTranslations(lang in tables ? (lang as SiteLanguage) : 'nb');
	return { t, timeZone: timezone, format: makeFormat(body.dataset.locale ?? t('locale'), timezone, t) };
}

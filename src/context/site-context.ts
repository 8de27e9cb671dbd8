import { useTranslations } from '../i18n/index.ts';
import { contentDir, loadSiteConfig } from './site-config.ts';
import { makePaths } from './site-paths.ts';
import { resolveNow } from '../lib/time-zone.ts';

/** The deployment being built: its `site.yaml`, language, UI strings, URLs and "now". */
export const site = loadSiteConfig(contentDir());
export const lang = site.language;
export const t = useTranslations(lang);
export const paths = makePaths(t);
export const now = resolveNow();

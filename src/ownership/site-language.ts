import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { siteLanguageOfText } from '../i18n/site-language.ts';

/** `t()` in the language of the `site.yaml` in a content folder on disk (`nb` when there is none). */
export function translateFor(dir: string): Translate {
	const file = join(dir, 'site.yaml');
	return useTranslations(siteLanguageOfText(existsSync(file) ? readFileSync(file, 'utf8') : undefined));
}

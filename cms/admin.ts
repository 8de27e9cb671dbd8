/**
 * The admin page's script. Decap starts itself when its bundle runs, showing "Loading
 * configuration..." in English before `config.yml` (and its `locale`) is loaded. So the bundle is
 * loaded here with `CMS_MANUAL_INIT`, the site's phrases are registered, the previews and widgets
 * (`previews.ts`) added, and only then is Decap started.
 */
import { tables } from '../src/i18n/index.ts';
import type { SiteLanguage } from '../src/schemas/enums.ts';
import { sitePhrases } from './phrases.ts';
import { keepStatusLink } from './status-link.ts';

const BUNDLE = '/admin/decap-cms.js';

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`Decap CMS: could not load ${src}`));
		document.head.append(script);
	});
}

async function start() {
	window.CMS_MANUAL_INIT = true;
	await loadScript(BUNDLE);
	const { CMS } = window;
	const lang = (document.body.dataset.lang ?? 'nb') as SiteLanguage;
	const table = tables[lang] ?? tables.nb;
	const phrases = sitePhrases(CMS.getLocale('en'), CMS.getLocale(table['cms.locale']), table);
	CMS.registerLocale(table['cms.locale'], phrases);
	// Until config.yml is loaded Decap speaks its default locale, `en`: make that the site's language too.
	CMS.registerLocale('en', phrases);
	await import('./previews.ts');
	// The content check's rules in the form: built-in widgets re-registered before Decap starts.
	await import('./validation/admin.ts');
	CMS.init();
	keepStatusLink(table['status.title']);
}

void start();

import type { AstroIntegration } from 'astro';
import { useTranslations } from '../i18n/index.ts';
import { loadSiteConfig } from '../site/config.ts';

/**
 * Route templates: `{segment}` is replaced by the translated route segment. `devOnly` routes make
 * files that `astro build` writes through an integration instead (see `integrations/calendars.ts`).
 */
const ROUTES: { pattern: string; entrypoint: string; devOnly?: true }[] = [
	{ pattern: '/{courses}/[...page]', entrypoint: 'courses.astro' },
	{ pattern: '/{courses}/katalog.json', entrypoint: 'courses-json.ts' },
	{ pattern: '/{courses}/[slug]', entrypoint: 'course.astro' },
	{ pattern: '/{programmes}', entrypoint: 'programmes.astro' },
	{ pattern: '/{programmes}/[slug]', entrypoint: 'programme.astro' },
	{ pattern: '/{region}/[slug]', entrypoint: 'region.astro' },
	{ pattern: '/{events}/[...page]', entrypoint: 'events.astro' },
	{ pattern: '/{events}/[slug]', entrypoint: 'event.astro' },
	{ pattern: '/{news}/[...page]', entrypoint: 'news-list.astro' },
	{ pattern: '/{news}/[slug]', entrypoint: 'news.astro' },
	{ pattern: '/{topics}', entrypoint: 'topics.astro' },
	{ pattern: '/{topics}/[slug]', entrypoint: 'topic.astro' },
	{ pattern: '/{organisations}', entrypoint: 'organisations.astro' },
	{ pattern: '/{organisations}/[slug]', entrypoint: 'organisation.astro' },
	{ pattern: '/{locations}', entrypoint: 'locations.astro' },
	{ pattern: '/{locations}/[slug]', entrypoint: 'location.astro' },
	{ pattern: '/{search}', entrypoint: 'search.astro' },
	{ pattern: '/{accessibility}', entrypoint: 'accessibility.astro' },
	{ pattern: '/{calendar}.ics', entrypoint: 'calendar.ics.ts' },
	{ pattern: '/{courses}/[slug].ics', entrypoint: 'course.ics.ts', devOnly: true },
	{ pattern: '/{events}/[slug].ics', entrypoint: 'event.ics.ts', devOnly: true },
	{ pattern: '/{organisations}/[slug].ics', entrypoint: 'organisation.ics.ts' },
	{ pattern: '/{topics}/[slug].ics', entrypoint: 'topic.ics.ts' },
	{ pattern: '/rss.xml', entrypoint: 'rss.xml.ts' },
	{ pattern: '/{topics}/[slug]/rss.xml', entrypoint: 'topic-rss.xml.ts' },
	{ pattern: '/robots.txt', entrypoint: 'robots.txt.ts' },
	{ pattern: '/build.json', entrypoint: 'build-json.ts' },
];

/** Injects the site's pages under the route segments of the deployment's language. */
export function localizedRoutes(): AstroIntegration {
	return {
		name: 'kompetansebroen:routes',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				const { language } = loadSiteConfig();
				const t = useTranslations(language);
				for (const route of ROUTES) {
					if (route.devOnly && command !== 'dev') continue;
					injectRoute({
						pattern: route.pattern.replace(/\{(\w+)\}/g, (_, key: string) => t(`route.${key}` as never)),
						entrypoint: new URL(`../routes/${route.entrypoint.replace('{lang}', language)}`, import.meta.url),
						prerender: true,
					});
				}
			},
		},
	};
}

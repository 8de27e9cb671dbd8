import type { AstroIntegration } from 'astro';
import type { BuildState } from '../context/build-state.ts';

/**
 * Route templates: `{segment}` is replaced by the translated route segment. `devOnly` routes make
 * files that `astro build` writes through an integration instead (see `calendars/calendar-files.ts`).
 */
const ROUTES: { pattern: string; entrypoint: string; devOnly?: true }[] = [
	{ pattern: '/{courses}/[...page]', entrypoint: 'catalogue/courses.astro' },
	{ pattern: '/{courses}/katalog.json', entrypoint: 'catalogue/courses-json.ts' },
	{ pattern: '/{courses}/[slug]', entrypoint: 'routes/course-page.astro' },
	{ pattern: '/{programmes}', entrypoint: 'routes/programmes.astro' },
	{ pattern: '/{programmes}/[slug]', entrypoint: 'routes/programme-page.astro' },
	{ pattern: '/{region}/[slug]', entrypoint: 'regions/region.astro' },
	{ pattern: '/{events}/[...page]', entrypoint: 'events/events.astro' },
	{ pattern: '/{events}/filter.json', entrypoint: 'events/events-json.ts' },
	{ pattern: '/{events}/[slug]', entrypoint: 'routes/event-page.astro' },
	{ pattern: '/{news}/[...page]', entrypoint: 'routes/news-list.astro' },
	{ pattern: '/{news}/[slug]', entrypoint: 'routes/news-page.astro' },
	{ pattern: '/{topics}', entrypoint: 'routes/topics.astro' },
	{ pattern: '/{topics}/[slug]', entrypoint: 'routes/topic-page.astro' },
	{ pattern: '/{organisations}', entrypoint: 'routes/organisations.astro' },
	{ pattern: '/{organisations}/[slug]', entrypoint: 'routes/organisation-page.astro' },
	{ pattern: '/{locations}', entrypoint: 'routes/locations.astro' },
	{ pattern: '/{locations}/[slug]', entrypoint: 'routes/location-page.astro' },
	{ pattern: '/{search}', entrypoint: 'search/search.astro' },
	{ pattern: '/{accessibility}', entrypoint: 'routes/accessibility.astro' },
	{ pattern: '/{whatsNew}', entrypoint: 'whats-new/whats-new.astro' },
	{ pattern: '/{calendar}.ics', entrypoint: 'calendars/calendar.ics.ts' },
	{ pattern: '/{courses}/[slug].ics', entrypoint: 'calendars/course.ics.ts', devOnly: true },
	{ pattern: '/{events}/[slug].ics', entrypoint: 'calendars/event.ics.ts', devOnly: true },
	{ pattern: '/{organisations}/[slug].ics', entrypoint: 'calendars/organisation.ics.ts' },
	{ pattern: '/{topics}/[slug].ics', entrypoint: 'calendars/topic.ics.ts' },
	{ pattern: '/rss.xml', entrypoint: 'feeds/rss.xml.ts' },
	{ pattern: '/{topics}/[slug]/rss.xml', entrypoint: 'feeds/topic-rss.xml.ts' },
	// feeds of new offers
	{ pattern: '/{courses}/rss.xml', entrypoint: 'feeds/courses-rss.xml.ts' },
	{ pattern: '/{events}/rss.xml', entrypoint: 'feeds/events-rss.xml.ts' },
	{ pattern: '/{topics}/[slug]/[list].xml', entrypoint: 'feeds/topic-offers.xml.ts' },
	{ pattern: '/{region}/[slug]/[list].xml', entrypoint: 'feeds/region-offers.xml.ts' },
	// favourites: the page and the current facts of every course, event and programme it lists
	{ pattern: '/{favourites}', entrypoint: 'favourites/favourites.astro' },
	{ pattern: '/{favourites}/data.json', entrypoint: 'favourites/favourites-json.ts' },
	{ pattern: '/robots.txt', entrypoint: 'routes/robots.txt.ts' },
	{ pattern: '/build.json', entrypoint: 'routes/build-json.ts' },
	// The curators' status page: under the CMS's own path in every language (not a translated route).
	{ pattern: '/admin/status', entrypoint: 'status/status.astro' },
];

/** Injects the site's pages under the route segments of the deployment's language. */
export function localizedRoutes(state: BuildState): AstroIntegration {
	return {
		name: 'kompetansebroen:routes',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				const { lang: language, t } = state.context;
				for (const route of ROUTES) {
					if (route.devOnly && command !== 'dev') continue;
					injectRoute({
						pattern: route.pattern.replace(/\{(\w+)\}/g, (_, key: string) => t(`route.${key}` as never)),
						entrypoint: new URL(`../${route.entrypoint.replace('{lang}', language)}`, import.meta.url),
						prerender: true,
					});
				}
			},
		},
	};
}

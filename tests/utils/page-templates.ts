import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useTranslations } from '../../src/i18n/index.ts';
import type { SiteLanguage } from '../../src/schemas/enums.ts';
import type { BuiltSite } from './build.ts';
import { projectRoot, sampleContent } from './paths.ts';

export interface ContentSite {
	/** `content` or the example's folder name (`sv`, `nn`). */
	name: string;
	dir: string;
	lang: SiteLanguage;
}

/**
 * The sample content and every example deployment under `examples/` that has a `site.yaml`, so
 * browser tests cover each language as soon as its example content exists.
 */
export function contentSites(): ContentSite[] {
	const examples = ['sv', 'nn'].map((name) => ({ name, dir: join(projectRoot, 'examples', name) }));
	return [{ name: 'content', dir: sampleContent }, ...examples.filter((e) => existsSync(join(e.dir, 'site.yaml')))].map((s) => ({
		...s,
		lang: (parse(readFileSync(join(s.dir, 'site.yaml'), 'utf8')).language ?? 'nb') as SiteLanguage,
	}));
}

/** A page's template: `/kurs/x/` → `/kurs/:slug/`, `/kurs/2/` → `/kurs/:n/`. */
const templateOf = (path: string) =>
	path
		.split('/')
		.map((segment, i) => (i < 2 || segment === '' ? segment : /^\d+$/.test(segment) ? ':n' : ':slug'))
		.join('/');

/** The first `<h1>`'s text of a built page. */
const h1Of = (site: BuiltSite, path: string) =>
	site
		.read(path)
		.match(/<h1[^>]*>([^<]+)<\/h1>/)?.[1]
		?.trim() ?? '';

/** The class names used in a page's HTML. */
const classesOf = (html: string) => new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)));

/**
 * Every page template of a built site, each by as few pages as show every class name used on any
 * of its pages (so each variant is there: a classroom course and e-learning, open and full, with
 * and without an image …), plus the states scripts make: search with results (the first topic's
 * name as the query), the catalogue with a filter, and the 404 page.
 */
export function templatePaths(site: BuiltSite, lang: SiteLanguage): string[] {
	const t = useTranslations(lang);
	const groups = new Map<string, string[]>();
	for (const path of site.pages().filter((p) => !p.startsWith('/admin/') && !p.endsWith('.html'))) {
		const key = templateOf(path);
		groups.set(key, [...(groups.get(key) ?? []), path]);
	}
	const paths = [...groups.values()].flatMap((pages) => {
		const covered = new Set<string>();
		return pages.filter((path) => {
			const fresh = [...classesOf(site.read(path))].filter((c) => !covered.has(c));
			for (const c of fresh) covered.add(c);
			return fresh.length > 0;
		});
	});
	const topic = groups.get(`/${t('route.topics')}/:slug/`)?.[0];
	const query = topic ? h1Of(site, topic).split(/\s+/)[0].toLowerCase() : 'kurs';
	const topicSlug = topic?.split('/').at(-2);
	return [
		...paths,
		`/${t('route.search')}/?q=${encodeURIComponent(query)}`,
		`/${t('route.courses')}/?${topicSlug ? `topic=${topicSlug}&` : ''}open=1`,
		'/finnes-ikke/',
	];
}

import type { ContentIndex } from '../content-layer/content-index.ts';
import { validatedContentIndex } from '../content-layer/validated-index.ts';
import { BuildState } from '../context/build-state.ts';
import { contentDir, loadContextInput } from '../context/load-context.ts';
import type { SiteContext } from '../context/site-context.ts';
import type { EntriesWithBody } from '../search/search-pages.ts';
import { validateContent, type ValidationResult } from '../validation/validate.ts';

/** The content folder as a build would see it, or why it cannot be read. */
export type LoadedContent =
	| { ok: true; dir: string; context: SiteContext; index: ContentIndex<EntriesWithBody> }
	| { ok: false; dir: string; validation: ValidationResult };

/**
 * The content index of the content folder (`KB_CONTENT_DIR`) outside Astro, for command-line
 * tools: validated as the build validates it, with the site context of the environment (`KB_NOW`,
 * `KB_SITE_URL`), drafts left out as in a production build (`validatedContentIndex`). Not ok
 * when the content has errors: the build would refuse it too.
 */
export function loadContent(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): LoadedContent {
	const dir = contentDir(env, cwd);
	const validation = validateContent(dir);
	if (!validation.site || validation.problems.some((p) => p.severity === 'error')) return { ok: false, dir, validation };
	const state = new BuildState();
	// `bodiesDir` is where Astro's content loader leaves rendered bodies; nothing here renders pages.
	const input = loadContextInput({ command: 'digest', site: validation.site, bodiesDir: '', env, cwd });
	const context = state.start(input, validation);
	return { ok: true, dir, context, index: validatedContentIndex(state) };
}

import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import type { ValidationResult } from '../validation/validate.ts';
import { createSiteContext, type SiteContext, type SiteContextInput } from './site-context.ts';

/** The virtual module through which pages get the site context (see `virtual-context.d.ts`). */
export const CONTEXT_MODULE = 'virtual:kb/context';
const RESOLVED = `\0${CONTEXT_MODULE}`;
const PLUGIN = 'kompetansebroen:build-state';
const siteContextFile = fileURLToPath(new URL('./site-context.ts', import.meta.url));

/** What the build-state plugin offers other code that holds the Astro config (Vite's `api` convention). */
interface StatePlugin {
	name: string;
	api?: { state: BuildState };
}

/**
 * One run of Astro: its site context and validated content. The content check creates the
 * context once (`start`); `astro.config.mjs` hands this object to every integration of ours. Code
 * that Astro loads in other module graphs reaches it explicitly: the content loader through the
 * Astro config it is given (`BuildState.of`), the pages through `virtual:kb/context`, which
 * rebuilds the context from its input.
 */
export class BuildState {
	#context: SiteContext | undefined;
	#validation: ValidationResult | undefined;

	/** Sets this run's context and the content check's result. */
	start(input: SiteContextInput, validation: ValidationResult): SiteContext {
		this.#context = createSiteContext(input);
		this.#validation = validation;
		return this.#context;
	}

	get context(): SiteContext {
		if (!this.#context) throw new Error('Nettstedets kontekst er ikke laget ennå (innholdskontrollen har ikke kjørt)');
		return this.#context;
	}

	/**
	 * Every collection's valid entries (drafts included; `id`, `data` and the rendered body
	 * `html`), so that other integrations and the content loader need not parse the folder again.
	 */
	get validation(): ValidationResult {
		if (!this.#validation) throw new Error('Innholdet er ikke validert ennå (innholdskontrollen har ikke kjørt)');
		return this.#validation;
	}

	/** The Vite plugin that serves `virtual:kb/context` and carries this object as its `api`. */
	vitePlugin() {
		return {
			name: PLUGIN,
			api: { state: this },
			resolveId: (id: string) => (id === CONTEXT_MODULE ? RESOLVED : undefined),
			load: (id: string) =>
				id === RESOLVED
					? [
							`import { createSiteContext } from ${JSON.stringify(siteContextFile)};`,
							`export const context = createSiteContext(${JSON.stringify(this.context.input)});`,
						].join('\n')
					: undefined,
		};
	}

	/** The state of the run whose Astro config is `config`; throws when the content check is not installed. */
	static of(config: AstroConfig): BuildState {
		const find = (options: unknown): StatePlugin | undefined => {
			if (Array.isArray(options)) return options.map(find).find(Boolean);
			const plugin = options as StatePlugin | null | undefined;
			return plugin && typeof plugin === 'object' && plugin.name === PLUGIN ? plugin : undefined;
		};
		const plugin = find(config.vite.plugins);
		if (!plugin?.api) throw new Error(`${PLUGIN} mangler i Astro-konfigurasjonen (contentCheck() må stå i integrations)`);
		return plugin.api.state;
	}
}

import { type CompiledBody, compileBody } from './body.ts';

/**
 * Bodies compiled during validation are reused by the content loader in the same process
 * (the integration and the content layer load this module separately, so the map lives on
 * `globalThis`). Keyed by path; an entry is used only when the source is unchanged.
 */
const store = ((globalThis as { __kbBodies?: Map<string, { source: string; result: CompiledBody }> }).__kbBodies ??= new Map());

export function compileBodyCached(path: string, source: string): CompiledBody {
	const hit = store.get(path);
	if (hit && hit.source === source) return hit.result;
	const result = compileBody(source);
	store.set(path, { source, result });
	return result;
}

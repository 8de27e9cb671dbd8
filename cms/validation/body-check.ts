import type { Translate } from '../../src/i18n/index.ts';
import { compileBody } from '../../src/mdx/body.ts';

/**
 * The MDX body's problems as the CMS shows them at the body field ("Linje 3: …"): the build's own
 * compiler (allow-listed components, no scripts, safe links), run on the Markdown Decap will write.
 * The last body is remembered: every save checks it again, usually unchanged.
 */
export function bodyChecker(t: Translate): (body: string) => string[] {
	let last: { body: string; messages: string[] } | undefined;
	return (body) => {
		if (last?.body !== body) {
			const messages = compileBody(body, t).problems.map((p) => `${t('cms.validation.line', { line: p.line })}: ${p.message}`);
			last = { body, messages };
		}
		return last.messages;
	};
}

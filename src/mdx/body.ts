import type { Root as HastRoot } from 'hast';
import type { Link, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { type Translate, useTranslations } from '../i18n/index.ts';
import { bodyComponents, FORBIDDEN_ELEMENTS } from './components.ts';

/** A problem in an MDX body, at a line of the body (1-based). */
export interface BodyProblem {
	line: number;
	message: string;
}

export interface CompiledBody {
	html: string;
	problems: BodyProblem[];
}

const SAFE_LINK = /^(https?:|mailto:|tel:|\/|#|\.{0,2}\/)/i;
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Checks one JSX element against the allow-list and gives it the HTML it becomes. */
function lowerElement(node: JsxElement, report: (message: string) => void, t: Translate): void {
	const name = node.name ?? '';
	const attributes: Record<string, string> = {};
	for (const attr of node.attributes) {
		if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && typeof attr.value !== 'string')) {
			report(t('validation.mdx.attributeExpression', { name }));
			continue;
		}
		if (/^on/i.test(attr.name)) report(t('validation.mdx.eventAttribute', { name, attribute: attr.name }));
		else attributes[attr.name] = attr.value ?? '';
	}
	const component = bodyComponents[name];
	if (component) {
		for (const [key, value] of Object.entries(attributes)) {
			const allowed = component.attributes[key];
			if (!allowed)
				report(t('validation.mdx.unknownAttribute', { name, attribute: key, allowed: Object.keys(component.attributes).join(', ') }));
			else if (allowed.length > 0 && !allowed.includes(value))
				report(t('validation.mdx.attributeValue', { name, attribute: key, value, allowed: allowed.join(` ${t('validation.or')} `) }));
		}
		const html = component.toHtml(attributes);
		if (html.heading) {
			node.children.unshift({
				type: 'paragraph',
				data: { hProperties: { className: 'callout__title' } },
				children: [{ type: 'text', value: html.heading }],
			} as never);
		}
		node.data = { hName: html.tagName, hProperties: html.properties } as never;
		return;
	}
	if (!/^[a-z][a-z0-9]*$/.test(name)) {
		report(t('validation.mdx.unknownComponent', { name: name || 'fragment', allowed: Object.keys(bodyComponents).join(', ') }));
	} else if (FORBIDDEN_ELEMENTS.includes(name)) {
		report(t('validation.mdx.forbiddenElement', { name }));
	}
	for (const key of ['href', 'src']) {
		if (key in attributes && !SAFE_LINK.test(attributes[key])) report(t('validation.mdx.unsafeAttribute', { name, attribute: key }));
	}
	const { class: className, ...rest } = attributes;
	node.data = { hName: name, hProperties: className ? { ...rest, className } : rest } as never;
}

/**
 * Parses an MDX body with the MDX parser, rejects what the content model forbids
 * (imports, exports, `{…}` expressions, unsafe elements, unknown components, unsafe links)
 * and renders the rest to HTML. `t` words the problems (bokmål unless the site's language is given).
 */
export function compileBody(source: string, t: Translate = useTranslations('nb')): CompiledBody {
	const problems: BodyProblem[] = [];
	let tree: MdastRoot;
	try {
		tree = processor.parse(source) as MdastRoot;
	} catch (error) {
		const err = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message: string };
		// Some parser errors carry their position only inside the reason: «… (5:1-5:29)».
		const inReason = /\((\d+):\d+/.exec(err.reason ?? '')?.[1];
		const line = err.line ?? err.place?.start?.line ?? err.place?.line ?? (inReason ? Number(inReason) : 1);
		return { html: '', problems: [{ line, message: t('validation.mdx.parse', { detail: err.reason ?? err.message }) }] };
	}
	visit(tree, (node, index, parent) => {
		const line = node.position?.start.line ?? 1;
		const report = (message: string) => problems.push({ line, message });
		switch (node.type) {
			case 'mdxjsEsm':
				report(t('validation.mdx.esm'));
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				report(t('validation.mdx.expression'));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				lowerElement(node as JsxElement, report, t);
				break;
			case 'link':
			case 'definition':
				if (!SAFE_LINK.test((node as Link).url)) report(t('validation.mdx.unsafeLink', { url: (node as Link).url }));
				break;
			case 'html':
				report(t('validation.mdx.rawHtml'));
				break;
		}
		if ((node.type === 'mdxjsEsm' || node.type.endsWith('Expression')) && parent && index !== undefined) {
			parent.children.splice(index, 1);
			return index;
		}
		return undefined;
	});
	if (problems.length) return { html: '', problems };
	return { html: toHtml.stringify(toHtml.runSync(tree) as HastRoot), problems };
}

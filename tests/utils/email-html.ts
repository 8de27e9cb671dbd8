import { elements, tags } from './html.ts';

/** Elements an e-mail must not hold: scripts, style sheets, frames, forms and embedded resources. */
const FORBIDDEN = ['script', 'style', 'link', 'iframe', 'frame', 'object', 'embed', 'form', 'img', 'video', 'audio', 'base'];
/** Elements that lay out or colour the mail: each sets both its text and its background colour. */
const CONTAINERS = ['body', 'table', 'td'];

/**
 * What makes `html` unfit to paste into a newsletter tool, one line each (empty when fit):
 * forbidden elements, class attributes (no style sheet to match them), a link that is not an
 * absolute URL under `siteUrl` (or `mailto:`), a missing `lang`, preheader or `color-scheme`, a
 * width above `maxWidth` px, a container without both `color` and `background-color`.
 */
export function emailProblems(html: string, siteUrl: string, maxWidth = 640): string[] {
	const problems: string[] = [];
	const all = tags(html).filter((tag) => tag.kind === 'start');
	for (const tag of all) {
		if (FORBIDDEN.includes(tag.name)) problems.push(`<${tag.name}> element`);
		if ('class' in tag.attributes) problems.push(`class on <${tag.name}>`);
		if (Object.keys(tag.attributes).some((name) => name.startsWith('on'))) problems.push(`event handler on <${tag.name}>`);
		const { href, src, width, style = '' } = tag.attributes;
		if (src !== undefined) problems.push(`src on <${tag.name}>: ${src}`);
		if (href !== undefined && !href.startsWith('mailto:') && !href.startsWith(siteUrl))
			problems.push(`link not absolute on the site: ${href}`);
		if (width !== undefined && width !== '100%' && !(Number(width) <= maxWidth)) problems.push(`width="${width}" on <${tag.name}>`);
		for (const [, property, value] of style.matchAll(/(?:^|;)\s*((?:max-|min-)?width)\s*:\s*(\d+)px/g))
			if (Number(value) > maxWidth) problems.push(`${property}:${value}px on <${tag.name}>`);
		if (/url\(/i.test(style)) problems.push(`url() in a style on <${tag.name}>`);
		if (CONTAINERS.includes(tag.name) && !(/(^|;)\s*color\s*:/.test(style) && /background-color\s*:/.test(style)))
			problems.push(`<${tag.name}> without both color and background-color: "${style}"`);
	}
	const root = all.find((tag) => tag.name === 'html');
	if (!root?.attributes.lang) problems.push('no lang on <html>');
	const scheme = elements(html, 'meta').find((m) => m.attributes.name === 'color-scheme');
	if (scheme?.attributes.content !== 'light dark') problems.push('no <meta name="color-scheme" content="light dark">');
	const firstInBody = all[all.findIndex((tag) => tag.name === 'body') + 1];
	if (!(firstInBody?.name === 'div' && /display:\s*none/.test(firstInBody.attributes.style ?? '')))
		problems.push('no hidden preheader first in <body>');
	return problems;
}

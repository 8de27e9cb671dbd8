import type { Translate } from '../src/i18n/index.ts';
import { escapeHtml } from '../src/lib/html-text.ts';
import { bodyComponents, CALLOUT_TYPES } from '../src/mdx/components.ts';
import type { EditorComponent } from './previews/decap.ts';

/** A Callout as the editor component edits it. */
export interface CalloutData {
	/** One of `CALLOUT_TYPES`. */
	type: string;
	title: string;
	/** Markdown. */
	text: string;
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** Decodes the character references MDX decodes in attribute values. */
const decodeAttribute = (value: string) =>
	value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (ref, name: string) => {
		if (name[0] !== '#') return NAMED[name] ?? ref;
		return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
	});

/**
 * `<Callout type="info" title="…">`, a blank line, Markdown, a blank line, `</Callout>`: the form
 * the MDX body compiler accepts (src/mdx/body.ts). Attributes in any order; both optional.
 */
const CALLOUT_PATTERN = /^<Callout((?:\s+[a-z]+="[^"]*")*)\s*>\n+([\s\S]*?)\n*<\/Callout>/;

/** The Callout block of the Markdown editor: reads and writes the MDX the site accepts. */
export function calloutComponent(t: Translate): EditorComponent<CalloutData> {
	return {
		id: 'callout',
		label: t('cms.callout.label'),
		fields: [
			{
				name: 'type',
				label: t('cms.callout.type'),
				widget: 'select',
				default: CALLOUT_TYPES[0],
				options: CALLOUT_TYPES.map((value) => ({ value, label: t(`cms.callout.${value}`) })),
			},
			{ name: 'title', label: t('cms.callout.title'), widget: 'string' },
			{ name: 'text', label: t('cms.callout.text'), widget: 'markdown' },
		],
		pattern: CALLOUT_PATTERN,
		fromBlock(match) {
			const attributes = Object.fromEntries(
				[...match[1].matchAll(/([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name, decodeAttribute(value)]),
			);
			return { type: attributes.type ?? CALLOUT_TYPES[0], title: attributes.title ?? '', text: match[2].trim() };
		},
		toBlock({ type = CALLOUT_TYPES[0], title, text = '' }) {
			const titleAttribute = title?.trim() ? ` title="${escapeHtml(title.trim())}"` : '';
			return `<Callout type="${escapeHtml(type)}"${titleAttribute}>\n\n${text.trim()}\n\n</Callout>`;
		},
		toPreview({ type, title, text = '' }) {
			const known = CALLOUT_TYPES.find((value) => value === type) ?? CALLOUT_TYPES[0];
			const { tagName, properties, heading } = bodyComponents.Callout.toHtml({ type: known, ...(title && { title }) });
			const paragraphs = text
				.split(/\n{2,}/)
				.filter((p) => p.trim())
				.map((p) => `<p>${escapeHtml(p.trim())}</p>`);
			const head = heading ? `<p class="callout__title">${escapeHtml(heading)}</p>` : '';
			return `<${tagName} class="${properties.className}">${head}${paragraphs.join('')}</${tagName}>`;
		},
	};
}

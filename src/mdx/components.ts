/**
 * The components an MDX body may use (the allow-list). Each is turned into plain HTML at
 * build time; nothing in a body is ever evaluated as JavaScript.
 */
export interface BodyComponent {
	/** What the component is for (README and CMS editor components). */
	description: string;
	/** Attributes it accepts, with the values allowed (an empty list allows any text). */
	attributes: Record<string, readonly string[]>;
	/** Attributes that must be present. */
	required: readonly string[];
	/** The HTML element and properties the component becomes. */
	toHtml(attributes: Record<string, string>): { tagName: string; properties: Record<string, string>; heading?: string };
}

export const CALLOUT_TYPES = ['info', 'warning'] as const;

export const bodyComponents: Record<string, BodyComponent> = {
	Callout: {
		description: 'En uthevet boks for viktig informasjon (type info eller warning, valgfri tittel).',
		attributes: { type: CALLOUT_TYPES, title: [] },
		required: [],
		toHtml: ({ type = 'info', title }) => ({
			tagName: 'aside',
			properties: { className: `callout callout--${type}` },
			heading: title,
		}),
	},
};

/** HTML elements a body may never contain. */
export const FORBIDDEN_ELEMENTS = [
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'link',
	'meta',
	'base',
];

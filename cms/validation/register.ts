import type { Translate } from '../../src/i18n/index.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import type { ImmutableMap } from '../previews/decap.ts';
import { shapeOf } from '../../src/schemas/walk.ts';
import { schemaOf } from '../../src/validation/entry-check.ts';
import { bodyChecker } from './body-check.ts';
import { type EntryKey, entryIssues, type Issue } from './check.ts';
import { fieldMessages, summary } from './field-messages.ts';
import { type ControlClass, type ControlProps, validatingControl } from './validating-control.ts';

/** The part of the `CMS` global this module uses. */
export interface ValidationCms {
	getWidgets(): { name: string; control: unknown; preview?: unknown; [option: string]: unknown }[];
	registerWidget(widget: { name: string; controlComponent: unknown; previewComponent?: unknown }): void;
	registerEventListener(listener: { name: 'preSave'; handler: (args: { entry: ImmutableMap }) => void }): void;
}

/** The key the checks know an entry by: its collection, or `site` for the settings file. */
const keyOf = (entry: ImmutableMap): EntryKey => {
	const collection = entry.get('collection') as string;
	return collection === 'settings' ? 'site' : (collection as EntryKey);
};

/** The data Decap will write; the body of an MDX entry is not front matter. */
function dataOf(entry: ImmutableMap): Record<string, unknown> {
	const { body: _body, ...data } = ((entry.get('data') as ImmutableMap | undefined)?.toJS() ?? {}) as Record<string, unknown>;
	return data;
}

const isClass = (control: unknown): control is ControlClass =>
	typeof control === 'function' && Boolean((control as { prototype?: { isReactComponent?: unknown } }).prototype?.isReactComponent);

/**
 * Puts the content check into the CMS: every class-component widget is re-registered under its
 * own name with the checks added (so the generated config, Decap's previews and its per-widget
 * logic stay as they are), and a `preSave` listener refuses what slipped through.
 */
export function registerValidation(CMS: ValidationCms, site: SiteConfig | undefined, t: Translate): void {
	// The issues of one version of an entry: every top-level control asks, the data is immutable.
	const cache = new WeakMap<object, Issue[]>();
	const checkBody = bodyChecker(t);
	const issuesOf = (entry: ImmutableMap): Issue[] => {
		const data = entry.get('data') as object;
		let issues = cache.get(data);
		if (!issues) cache.set(data, (issues = entryIssues(keyOf(entry), dataOf(entry), { site, t })));
		return issues;
	};
	const check = (props: ControlProps): string[] | undefined => {
		const entry = props.getEntry?.() ?? props.entry;
		const name = props.field.get('name') as string;
		if (!entry) return undefined;
		// The body is not in the schema: the MDX compiler's problems, else Decap's own checks (required).
		if (name === 'body') {
			const body = (entry.get('data') as ImmutableMap).get('body');
			const messages = typeof body === 'string' ? checkBody(body) : [];
			return messages.length ? messages : undefined;
		}
		if (!(name in shapeOf(schemaOf(keyOf(entry))))) return undefined;
		const first = Object.keys(shapeOf(schemaOf(keyOf(entry))))[0];
		return fieldMessages(issuesOf(entry), name, first, t);
	};

	for (const { name, control, preview, ...options } of CMS.getWidgets()) {
		if (!isClass(control)) continue;
		CMS.registerWidget({ ...options, name, controlComponent: validatingControl(control, check), previewComponent: preview });
	}
	CMS.registerEventListener({
		name: 'preSave',
		handler({ entry }) {
			const issues = entryIssues(keyOf(entry), dataOf(entry), { site, t });
			const body = (entry.get('data') as ImmutableMap).get('body');
			const bodyMessages = typeof body === 'string' ? checkBody(body) : [];
			if (issues.length || bodyMessages.length)
				throw new Error([summary(issues, t), ...bodyMessages.map((m) => `${t('cms.field.body')}: ${m}`)].filter(Boolean).join(' · '));
		},
	});
}

/**
 * The small part of Decap CMS's browser API this project uses. Decap bundles its own React and
 * exposes `h` (React.createElement) and `createClass` as globals, so nothing here imports React.
 */
import type { Phrases } from '../phrases.ts';

/** A rendered React element, opaque to this code. */
export type VNode = object | string | null;
/** A child or list of children of an element. */
export type Child = VNode | undefined | false | Child[];

/** React.createElement. */
export type CreateElement = (type: string | object, props?: Record<string, unknown> | null, ...children: Child[]) => VNode;

/** The Immutable.js maps Decap hands to previews. */
export interface ImmutableMap {
	get(key: string): unknown;
	getIn(path: string[]): unknown;
	toJS(): unknown;
}

/** Props of a preview template. */
export interface PreviewProps {
	/** The entry being edited; its fields are under `data`. */
	entry: ImmutableMap;
	/** Data of entries picked in relation widgets: `field → collection → slug → entry data`. */
	fieldsMetaData: ImmutableMap;
	/** The rendered preview of one field (the body's Markdown as HTML). */
	widgetFor(name: string): VNode;
	/** The URL of a media file, also of one uploaded in this session and not yet saved. */
	getAsset?(path: string): { toString(): string } | undefined;
}

/** A block editor component of the Markdown widget. */
export interface EditorComponent<T> {
	id: string;
	label: string;
	fields: { name: string; label: string; widget: string; default?: string; options?: { label: string; value: string }[] }[];
	/** Matches the component at the start of a block (no `m` flag). */
	pattern: RegExp;
	fromBlock(match: RegExpMatchArray): T;
	toBlock(data: Partial<T>): string;
	toPreview(data: Partial<T>): string;
}

/** The `CMS` global. */
export interface DecapCms {
	/** Starts Decap (after `CMS_MANUAL_INIT`): loads `config.yml` and renders the app. */
	init(options?: { config?: object }): void;
	registerLocale(locale: string, phrases: Phrases): void;
	getLocale(locale: string): Phrases;
	registerPreviewStyle(url: string): void;
	registerPreviewTemplate(name: string, component: object): void;
	registerEditorComponent<T>(component: EditorComponent<T>): void;
}

declare global {
	interface Window {
		CMS: DecapCms;
		/** Read by Decap's bundle when it runs: when true, it waits for `CMS.init()`. */
		CMS_MANUAL_INIT?: boolean;
		h: CreateElement;
		createClass(spec: { render(this: { props: PreviewProps }): VNode }): object;
	}
}

import type { ImmutableMap } from '../previews/decap.ts';

/** The props of a Decap widget control this module reads (passed by Decap's `Widget`). */
export interface ControlProps {
	field: ImmutableMap;
	/** The control's unique id; Decap keys a field's errors by it. */
	forID: string;
	/** Ids of the enclosing object and list controls; empty at the top level of an entry. */
	parentIds?: string[];
	/** Set for the fields of a Markdown editor component (not fields of the entry). */
	isEditorComponent?: boolean;
	collection: ImmutableMap;
	/** The entry as it is in the store now (`entry` can be stale, Decap says). */
	getEntry?: () => ImmutableMap;
	entry?: ImmutableMap;
	/** Decap's own checks of this field: required, pattern, and the control's `isValid()`. */
	validate(): void;
	/** Sets the errors of a field by id (Decap gives it to container widgets for their children). */
	onValidateObject(id: string, errors: { type: string; message: string; parentIds?: string[] }[]): void;
}

/** A Decap control class (every built-in widget this project uses is a React class component). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ControlClass = new (...args: any[]) => { props: ControlProps; validate?: () => void };

/** The messages of the project's checks for a top-level field of the entry in `props`; undefined for a field they do not cover. */
export type FieldCheck = (props: ControlProps) => string[] | undefined;

/** The React lifecycle method the subclass chains to (typed loosely: each control has its own props). */
type DidUpdate = (prevProps: ControlProps, prevState: unknown, snapshot: unknown) => void;

/** Scrolls the first refused field of a save into view once (Decap's save button is at the top). */
let scrollPending = false;
function revealOnce(id: string): void {
	if (scrollPending) return;
	scrollPending = true;
	queueMicrotask(() => {
		scrollPending = false;
		document.getElementById(id)?.closest('[aria-label]')?.scrollIntoView({ block: 'center' });
	});
}

/**
 * A built-in control with the project's rules added. Decap validates an entry before saving by
 * calling `validate()` on every top-level control (or `Widget.validate`, which asks `isValid()`),
 * and refuses to save while any field has errors (`persistEntry` returns before the backend is
 * asked, so nothing is written and the form keeps its input). This subclass runs Decap's own
 * checks first (a list's or object's check their children), then sets the field's errors to what
 * the content check says about it: the schema is the source of truth, so its messages replace
 * Decap's generic ones and a field the schema accepts (a classroom-only requirement on an
 * e-learning course) is not refused. Once refused, a field is checked again on every change, so
 * its message stays until the problem is fixed (Decap clears it on the first keystroke).
 */
export function validatingControl(Base: ControlClass, check: FieldCheck): ControlClass {
	return class ValidatingControl extends Base {
		/** The control's own `validate` (lists and objects have one), from Base's constructor. */
		readonly #ownValidate = (this as { validate?: () => void }).validate;
		/** True while the field shows the project's messages. */
		#refused = false;

		#isEntryField(): boolean {
			return !this.props.isEditorComponent && !this.props.parentIds?.length;
		}

		#showMessages(): string[] {
			const props = this.props;
			const messages = check(props);
			// Not ours to judge (Decap's checks stand, and Decap clears them on change).
			if (!messages) {
				this.#refused = false;
				return [];
			}
			props.onValidateObject(
				props.forID,
				messages.map((message) => ({ type: 'CUSTOM', message, parentIds: props.parentIds })),
			);
			this.#refused = messages.length > 0;
			return messages;
		}

		validate = () => {
			if (this.#ownValidate) this.#ownValidate();
			else this.props.validate();
			if (this.#isEntryField() && this.#showMessages().length) revealOnce(this.props.forID);
		};

		componentDidUpdate(prevProps: ControlProps, prevState: unknown, snapshot: unknown) {
			(Base.prototype as { componentDidUpdate?: DidUpdate }).componentDidUpdate?.call(this, prevProps, prevState, snapshot);
			const value = (props: ControlProps) => (props as unknown as { value: unknown }).value;
			if (this.#refused && this.#isEntryField() && value(prevProps) !== value(this.props)) this.#showMessages();
		}
	};
}

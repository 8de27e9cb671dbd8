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

/** The messages of the project's checks for a top-level field of the entry in `props`. */
export type FieldCheck = (props: ControlProps) => string[];

/**
 * A built-in control with the project's rules added. Decap validates an entry before saving by
 * calling `validate()` on every top-level control (or `Widget.validate`, which asks `isValid()`),
 * and refuses to save while any field has errors (`persistEntry` returns before the backend is
 * asked, so nothing is written and the form keeps its input). This subclass runs Decap's own
 * checks first (a list's or object's check their children), then sets the field's errors to what
 * the content check says about it: the schema is the source of truth, so its messages replace
 * Decap's generic ones and a field the schema accepts (a classroom-only requirement on an
 * e-learning course) is not refused.
 */
export function validatingControl(Base: ControlClass, check: FieldCheck): ControlClass {
	return class ValidatingControl extends Base {
		/** The control's own `validate` (lists and objects have one), from Base's constructor. */
		readonly #ownValidate = this.validate;

		validate = () => {
			const props = this.props;
			if (this.#ownValidate) this.#ownValidate();
			else props.validate();
			if (props.isEditorComponent || props.parentIds?.length) return;
			const messages = check(props);
			props.onValidateObject(
				props.forID,
				messages.map((message) => ({ type: 'CUSTOM', message, parentIds: props.parentIds })),
			);
		};
	};
}

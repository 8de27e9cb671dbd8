import { z } from 'astro/zod';
import { msg, type ValidationKey } from './messages.ts';

/** Names of the collections a `reference` may point to. */
export type CollectionName = 'organisations' | 'topics' | 'locations' | 'courses' | 'events' | 'news' | 'programmes';

/**
 * What a field means beyond its zod type. Stored with `.meta()` so that the CMS mapping,
 * the validation rules and the tests read the same declaration.
 */
export type FieldKind = 'slug' | 'datetime' | 'date' | 'url' | 'email' | 'reference' | 'image' | 'markdown';
export interface FieldMeta {
	kind: FieldKind;
	/** For `reference`: the collection the slug must exist in. */
	collection?: CollectionName;
}

/** Slugs: lowercase a–z, digits and single hyphens (æ→ae, ø→o, å→a). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Local wall-clock time `YYYY-MM-DDTHH:mm`, or a date alone (the whole day). */
export const DATETIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
/** A calendar date `YYYY-MM-DD`. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const withKind = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta }) as T;

/** True when year, month, day (and hour, minute) form a real calendar value. */
export function isCalendarValue(value: string): boolean {
	const m = DATETIME_PATTERN.exec(value);
	if (!m) return false;
	const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((part) => part ?? undefined) as string[];
	const date = new Date(Date.UTC(+y, +mo - 1, +d));
	return date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d && +h <= 23 && +mi <= 59;
}

/** A type error's message for a present value of the wrong type; a missing one gets the plain "required". */
const typeError = (key: ValidationKey) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : msg(key));

/** A slug: the file-name rule of the content model. */
export const slug = () => withKind(z.string().regex(SLUG_PATTERN, msg('validation.slug')), { kind: 'slug' });

/** Local date-time in the site's time zone; converted to an instant with `site/time.ts`. */
export const datetime = () =>
	withKind(
		z
			.string({ error: typeError('validation.datetimeType') })
			.regex(DATETIME_PATTERN, { message: msg('validation.datetimeFormat'), abort: true })
			.refine(isCalendarValue, msg('validation.datetimeInvalid')),
		{ kind: 'datetime' },
	);

/** A calendar date `YYYY-MM-DD`. */
export const date = () =>
	withKind(
		z
			.string({ error: typeError('validation.date') })
			.regex(DATE_PATTERN, { message: msg('validation.date'), abort: true })
			.refine(isCalendarValue, msg('validation.dateInvalid')),
		{ kind: 'date' },
	);

/** An absolute `http:` or `https:` URL; every other scheme is refused. */
export const url = () =>
	withKind(
		z.string().refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), msg('validation.url')),
		{ kind: 'url' },
	);

/** An e-mail address. */
export const email = () => withKind(z.email(msg('validation.email')), { kind: 'email' });

/** A slug that must exist in `collection` (checked across the content folder). */
export const reference = (collection: CollectionName) => withKind(slug(), { kind: 'reference', collection });

/** An image: a path under `public/` or an https URL, with alternative text. */
export const image = () =>
	withKind(
		z
			.object({
				/** `/uploads/…` (a file in `public/`) or an `https:` URL. */
				src: z.string().refine((value) => /^\/(?!\/)\S+$/.test(value) || /^https:\/\/\S+$/.test(value), msg('validation.imageSrc')),
				/** Text alternative; empty only when `decorative` is true. */
				alt: z.string().default(''),
				/** The image carries no information; screen readers skip it. */
				decorative: z.boolean().default(false),
			})
			.refine((img) => img.decorative || img.alt.trim().length > 0, {
				message: msg('validation.altText'),
				path: ['alt'],
			}),
		{ kind: 'image' },
	);

/** A named contact person. */
export const contact = () =>
	z.object({
		/** Full name. */
		name: z.string().min(1),
		/** E-mail address. */
		email: email().optional(),
		/** Phone number as written. */
		phone: z.string().optional(),
	});

/** How to sign up. */
export const registration = () =>
	z.object({
		/** Sign-up form. */
		url: url().optional(),
		/** Sign-up by e-mail. */
		email: email().optional(),
		/** Last moment to sign up (local time); not after the first session's start. */
		deadline: datetime().optional(),
		/** Number of places. */
		seats: z.number().int().positive().optional(),
	});

/**
 * Marks a field that a cross-field rule of its schema requires in some entries (a course's
 * `sessions`, unless it is e-learning). Decap's `required` is static: the CMS shows such a field
 * without "(optional)", with a hint saying when it is needed (its `cms.hint.field.<name>` or `cms.hint.<collection>.<name>`), and
 * its validation (the schema itself) decides per entry.
 */
export const conditionallyRequired = <T extends z.ZodType>(schema: T): T => schema.meta({ conditionallyRequired: true }) as T;

/** True for a field marked with `conditionallyRequired()`. */
export const isConditionallyRequired = (schema: z.ZodType): boolean =>
	(schema.meta() as { conditionallyRequired?: boolean } | undefined)?.conditionallyRequired === true;

/**
 * Marks a list whose order is the editor's choice (the home page's featured items). The CMS gives
 * it a list of single pickers that can be dragged into order instead of one multi-select: the order
 * of a list is visible top to bottom, and long titles are not cut short as in a multi-select's chips.
 */
export const ordered = <T extends z.ZodType>(schema: T): T => schema.meta({ ordered: true }) as T;

/** True for a list marked with `ordered()` (also when wrapped in optional or default). */
export function isOrdered(schema: z.ZodType): boolean {
	let current: z.ZodType | undefined = schema;
	while (current) {
		if ((current.meta() as { ordered?: boolean } | undefined)?.ordered === true) return true;
		current = (current as unknown as { def: { innerType?: z.ZodType } }).def.innerType;
	}
	return false;
}

/** Reads a field's kind back from a schema (unwrapping optional/default). */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
	let current: z.ZodType | undefined = schema;
	while (current) {
		const meta = current.meta() as FieldMeta | undefined;
		if (meta?.kind) return meta;
		const def: { innerType?: z.ZodType } = (current as unknown as { def: { innerType?: z.ZodType } }).def;
		current = def.innerType;
	}
	return undefined;
}

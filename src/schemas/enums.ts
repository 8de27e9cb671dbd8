/** Closed value lists of the content model. Labels live in the translation tables. */

/** Who a course or event is for. */
export const AUDIENCES = [
	'alle',
	'sykepleier',
	'helsefagarbeider',
	'lege',
	'fysioterapeut',
	'ergoterapeut',
	'vernepleier',
	'jordmor',
	'psykolog',
	'leder',
	'student',
	'annet',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** How a course is taught. */
export const COURSE_FORMATS = ['classroom', 'digital', 'elearning', 'hybrid'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

/** A course's registration status as set by its organiser. */
export const COURSE_STATUSES = ['open', 'full', 'cancelled', 'closed'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** How people take part in an event. */
export const ATTENDANCE_MODES = ['in-person', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Languages a deployment's UI can have. */
export const SITE_LANGUAGES = ['nb', 'nn', 'sv'] as const;
export type SiteLanguage = (typeof SITE_LANGUAGES)[number];

/** Languages an entry may be written in. */
export const CONTENT_LANGUAGES = [...SITE_LANGUAGES, 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Kinds of partner organisation. */
export const ORGANISATION_KINDS = ['hospital', 'municipality', 'district', 'education', 'region', 'training-centre', 'other'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

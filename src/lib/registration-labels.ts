import type { UIKey } from '../i18n/nb.ts';
import type { RegistrationState } from './schedule.ts';

/** The translation key of each registration state's label (site, catalogue and CMS preview). */
export const REGISTRATION_KEYS = {
	open: 'registration.open',
	'deadline-passed': 'registration.deadlinePassed',
	full: 'registration.full',
	cancelled: 'registration.cancelled',
	closed: 'registration.closed',
	ended: 'registration.ended',
	'always-open': 'registration.alwaysOpen',
} as const satisfies Record<RegistrationState, UIKey>;

import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { SiteLanguage } from '../../../src/schemas/enums.ts';
import { checkEntry } from '../../../src/validation/entry-check.ts';
import { issueMessage, zodErrorMap } from '../../../src/validation/zod-messages.ts';
import { text, validCourse, validSite } from '../../utils/entries.ts';

/** The messages zod reports for `data`, in `lang`. */
function messages(schema: z.ZodType, data: unknown, lang: SiteLanguage = 'nb'): string[] {
	const t = useTranslations(lang);
	const result = schema.safeParse(data, { error: zodErrorMap(t) });
	return result.success ? [] : result.error.issues.map((issue) => issueMessage(issue, t));
}

const course = (changes: Record<string, unknown>) => ({ ...validCourse(), ...changes });
const courseMessages = (changes: Record<string, unknown>, lang: SiteLanguage = 'nb') =>
	checkEntry('courses', course(changes), { t: useTranslations(lang) }).issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe("zod's own checks, from the translation tables", () => {
	it('a missing field, and a value of the wrong type', () => {
		const schema = z.object({ name: z.string(), seats: z.number(), draft: z.boolean(), topics: z.array(z.string()) });
		expect(messages(schema, {})).toEqual([
			'mangler (påkrevd felt)',
			'mangler (påkrevd felt)',
			'mangler (påkrevd felt)',
			'mangler (påkrevd felt)',
		]);
		expect(messages(schema, { name: 3, seats: 'ti', draft: 'ja', topics: 'demens' })).toEqual([
			'må være tekst',
			'må være et tall',
			'må være true eller false',
			'må være en liste',
		]);
		expect(messages(schema, { name: 3, seats: 'ti', draft: 'ja', topics: 'demens' }, 'sv')).toEqual([
			'måste vara text',
			'måste vara ett tal',
			'måste vara true eller false',
			'måste vara en lista',
		]);
		expect(messages(z.number().int(), 2.5, 'nn')).toEqual(['må vere eit heilt tal']);
	});

	it('lengths of text and lists, and number ranges', () => {
		expect(courseMessages({ title: 'HR' })).toEqual(['title: må ha minst 3 tegn']);
		expect(courseMessages({ title: text(141) }, 'nn')).toEqual(['title: kan ha høgst 140 teikn (har 141)']);
		expect(courseMessages({ summary: '' }, 'sv')).toEqual(['summary: får inte vara tom']);
		expect(messages(z.array(z.string()).min(2).max(3), ['a'])).toEqual(['må ha minst 2 oppføringer']);
		expect(messages(z.array(z.string()).max(3), ['a', 'b', 'c', 'd'], 'sv')).toEqual(['får ha högst 3 poster']);
		expect(courseMessages({ price: -5 })).toEqual(['price: må være 0 eller mer']);
		expect(courseMessages({ registration: { seats: 0 } }, 'nn')).toEqual(['registration.seats: må vere større enn 0']);
		expect(messages(z.number().max(10), 11, 'sv')).toEqual(['måste vara 10 eller mindre']);
	});

	it('an enum names the allowed values', () => {
		expect(courseMessages({ status: 'åpen' }, 'sv')).toEqual(['status: måste vara en av: open, full, cancelled, closed']);
	});

	it('e-mail and patterns', () => {
		expect(courseMessages({ contact: { name: 'Kari', email: 'kari(at)x' } }, 'nn')).toEqual([
			'contact.email: må vere ei gyldig e-postadresse',
		]);
		expect(messages(z.string().regex(/^\d+$/), 'abc', 'sv')).toEqual(['har fel format']);
		const site = { ...validSite(), cms: { backend: 'github', repo: 'bare-navn' } };
		expect(checkEntry('site', site, { t: useTranslations('nb') }).issues).toEqual([
			{ path: ['cms', 'repo'], message: 'må være på formen eier/navn' },
		]);
	});

	it('unknown keys', () => {
		expect(messages(z.strictObject({ name: z.string() }), { name: 'x', nmae: 'y' }, 'nn')).toEqual(['ukjende felt: nmae']);
	});

	it('a date-time of the wrong type says so, a missing one is "required"', () => {
		const session = (start: unknown) => ({ sessions: [{ start, end: '2027-03-04T15:30' }] });
		expect(courseMessages(session(20270304))).toEqual(['sessions.0.start: må være en dato og tid på formen ÅÅÅÅ-MM-DDTTT:mm']);
		expect(courseMessages(session(undefined), 'sv')).toEqual(['sessions.0.start: saknas (obligatoriskt fält)']);
		expect(courseMessages(session('4. mars'), 'nn')).toEqual([
			'sessions.0.start: må vere på forma ÅÅÅÅ-MM-DDTTT:mm, til dømes 2027-03-04T09:00',
		]);
	});

	it('a schema message that is not a translation key is kept as it is', () => {
		expect(messages(z.string().min(2, 'for kort'), 'a', 'sv')).toEqual(['for kort']);
	});
});

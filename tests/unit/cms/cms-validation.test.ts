import { describe, expect, it } from 'vitest';
import { fieldMessages, summary } from '../../../cms/validation/field-messages.ts';
import type { ImmutableMap } from '../../../cms/previews/decap.ts';
import { entryIssues } from '../../../cms/validation/check.ts';
import { registerValidation } from '../../../cms/validation/register.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { type SiteConfig, siteSchema } from '../../../src/schemas/site.ts';
import { validCourse, validSession, validSite } from '../../utils/entries.ts';

const site: SiteConfig = siteSchema.parse(validSite());
const endBeforeStart = { ...validCourse(), sessions: [validSession(), { ...validSession(), end: '2027-03-04T08:00' }] };

describe('the CMS messages of an entry', () => {
	it('puts a nested issue at its top-level field, naming the item and subfield in the site language', () => {
		for (const [lang, where] of [
			['nb', 'Samling 2 – Slutt: '],
			['nn', 'Samling 2 – Slutt: '],
			['sv', 'Tillfälle 2 – Slut: '],
		] as const) {
			const t = useTranslations(lang);
			const issues = entryIssues('courses', endBeforeStart, { site, t });
			expect(issues).toHaveLength(1);
			expect(fieldMessages(issues, 'sessions', 'title', t)).toEqual([`${where}${t('validation.endAfterStart')}`]);
			expect(fieldMessages(issues, 'title', 'title', t)).toEqual([]);
		}
	});

	it('shows an issue of the whole entry at the fallback field, and a top-level one as it is', () => {
		const t = useTranslations('nb');
		const issues = [
			{ path: [], message: 'hele oppføringen' },
			{ path: ['title'], message: 'for kort' },
		];
		expect(fieldMessages(issues, 'title', 'title', t)).toEqual(['hele oppføringen', 'for kort']);
		expect(fieldMessages(issues, 'summary', 'title', t)).toEqual([]);
	});

	it('sums the issues up for the safety net, each with its field', () => {
		const t = useTranslations('sv');
		const issues = entryIssues('courses', endBeforeStart, { site, t });
		expect(summary(issues, t)).toBe(`Tillfällen: Tillfälle 2 – Slut: ${t('validation.endAfterStart')}`);
		expect(t('validation.endAfterStart')).not.toBe(useTranslations('nb')('validation.endAfterStart'));
	});

	it('finds DST gaps in the site time zone (a rule outside the schema)', () => {
		const t = useTranslations('nb');
		const gap = { ...validCourse(), sessions: [{ start: '2027-03-28T02:30', end: '2027-03-28T04:00' }] };
		expect(entryIssues('courses', gap, { site, t }).map((i) => i.path.join('.'))).toEqual(['sessions.0.start']);
		expect(entryIssues('courses', gap, { t })).toEqual([]);
	});
});

describe('the preSave safety net', () => {
	/** Registers the validation on a recorder of the `CMS` calls and returns the preSave handler. */
	function preSave(lang: 'nb' | 'sv') {
		let handler: ((args: { entry: ImmutableMap }) => void) | undefined;
		registerValidation(
			{ getWidgets: () => [], registerWidget: () => undefined, registerEventListener: (l) => (handler = l.handler) },
			site,
			useTranslations(lang),
		);
		return handler!;
	}
	/** The shape of Decap's entry map that the handler reads. */
	const entry = (collection: string, data: Record<string, unknown>): ImmutableMap => ({
		get: (key: string) => (key === 'collection' ? collection : { get: (k: string) => data[k], toJS: () => data }),
		getIn: () => undefined,
		toJS: () => ({ collection, data }),
	});

	it('throws with every issue, each naming its field, in the site language; passes a valid entry', () => {
		expect(() => preSave('sv')({ entry: entry('courses', endBeforeStart) })).toThrow(
			`Tillfällen: Tillfälle 2 – Slut: ${useTranslations('sv')('validation.endAfterStart')}`,
		);
		expect(() => preSave('nb')({ entry: entry('courses', { ...validCourse(), body: '<script>x</script>' }) })).toThrow(/^Tekst: Linje 1: /);
		expect(() => preSave('nb')({ entry: entry('courses', validCourse()) })).not.toThrow();
	});
});

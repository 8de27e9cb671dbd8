import type { Translate } from '../i18n/index.ts';

/** The currency of prices on a site in `locale` (ISO 4217): SEK in Sweden, NOK otherwise. */
export const currencyOf = (locale: string): string => (locale.endsWith('SE') ? 'SEK' : 'NOK');

/** Date and time formatting in the site's language and time zone, always through `Intl`. */
export function makeFormat(locale: string, timeZone: string, t: Translate) {
	const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options });
	const dayFull = fmt({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	const dayShort = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
	const clock = fmt({ hour: '2-digit', minute: '2-digit' });
	const dayKey = fmt({ year: 'numeric', month: '2-digit', day: '2-digit' });
	const number = new Intl.NumberFormat(locale);
	const money = new Intl.NumberFormat(locale, { style: 'currency', currency: currencyOf(locale), maximumFractionDigits: 0 });

	return {
		/** «tirsdag 14. september 2027» */
		day: (d: Date) => dayFull.format(d),
		/** «14. sep. 2027» */
		dayShort: (d: Date) => dayShort.format(d),
		/** «09:00» */
		time: (d: Date) => clock.format(d),
		/** «tirsdag 14. september 2027, 09:00–15:30» (or a span of days) */
		range(start: Date, end: Date, allDay = false): string {
			// An all-day end is the next midnight: show the day before it.
			const last = allDay ? new Date(end.getTime() - 1) : end;
			const oneDay = dayKey.format(start) === dayKey.format(last);
			if (allDay) {
				return oneDay
					? `${dayFull.format(start)} (${t('time.allDay')})`
					: t('time.range', { start: dayShort.format(start), end: dayShort.format(last) });
			}
			return oneDay
				? `${dayFull.format(start)}, ${t('time.range', { start: clock.format(start), end: clock.format(end) })}`
				: t('time.range', {
						start: `${dayShort.format(start)} ${clock.format(start)}`,
						end: `${dayShort.format(end)} ${clock.format(end)}`,
					});
		},
		/** A calendar date written `YYYY-MM-DD` in the content, shown as «14. sep. 2027». */
		date: (value: string) => dayShort.format(new Date(`${value}T12:00:00Z`)),
		/** Machine-readable instant for `<time datetime>`. */
		iso: (d: Date) => d.toISOString(),
		price: (value: number) => (value === 0 ? t('detail.free') : money.format(value)),
		number: (value: number) => number.format(value),
	};
}
export type Format = ReturnType<typeof makeFormat>;

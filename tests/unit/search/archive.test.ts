import { describe, expect, it } from 'vitest';
import { contentIndexOfValidation } from '../../../src/content-layer/validated-index.ts';
import { localToInstant } from '../../../src/lib/time-zone.ts';
import {
	archiveAttribute,
	ENDS_WINDOW_DAYS,
	endedValues,
	endsValue,
	isCurrentAt,
	isCurrentNews,
	leavingTimes,
	newsLeavesOn,
	parseArchiveAttribute,
	placeOf,
	splitPages,
} from '../../../src/search/archive.ts';
import { searchPages } from '../../../src/search/search-pages.ts';
import { validateContent } from '../../../src/validation/validate.ts';
import { FIXED_NOW, sampleContent } from '../../utils/paths.ts';
import { testContext } from '../../utils/site-context.ts';

// The current/archive rule on the sample content built at FIXED_NOW (2027-01-15 12:00 UTC).
const ctx = testContext();
const index = contentIndexOfValidation(ctx, validateContent(sampleContent));
const pages = searchPages(ctx, index);
const leaves = leavingTimes(ctx, index);
const split = splitPages(pages, leaves, ctx.now);
const urls = (list: { url: string }[]) => list.map((p) => p.url);
const DAY = 86_400_000;

describe('news stays current for 12 months', () => {
	it('is current on the day 12 months after its date and not the day after', () => {
		expect(isCurrentNews('2026-01-15', '2027-01-15')).toBe(true);
		expect(isCurrentNews('2026-01-14', '2027-01-15')).toBe(false);
		expect(newsLeavesOn('2026-01-15')).toBe('2027-01-16');
	});

	it('handles 29 February: current through 28 February a year on', () => {
		expect(isCurrentNews('2028-02-29', '2029-02-28')).toBe(true);
		expect(isCurrentNews('2028-02-29', '2029-03-01')).toBe(false);
		expect(newsLeavesOn('2028-02-29')).toBe('2029-03-01');
		expect(newsLeavesOn('2027-03-01')).toBe('2028-03-02');
	});

	it('leaves at midnight in the site’s time zone', () => {
		expect(leaves.get('/nyheter/smittevernnettverket-utvides/')).toEqual(localToInstant('2027-02-19', 'Europe/Oslo'));
		expect(endsValue(leaves.get('/nyheter/smittevernnettverket-utvides/')!)).toBe('2027-02-18T23:00Z');
	});
});

describe('the split of the sample site at the build', () => {
	it('puts ended courses and news older than 12 months in the archive, and nothing in both', () => {
		expect(urls(split.archive)).toContain('/kurs/palliativ-plan-i-hjemmet/');
		expect(urls(split.archive)).toContain('/kurs/tidlig-oppdagelse-av-forverret-tilstand/');
		// 2026-01-14 is one day more than 12 months before 2027-01-15; 2026-02-18 is within.
		expect(urls(split.archive)).toContain('/nyheter/praksissamarbeid-med-hogskolen/');
		expect(urls(split.current)).toContain('/nyheter/smittevernnettverket-utvides/');
		expect(urls(split.current).filter((url) => urls(split.archive).includes(url))).toEqual([]);
		expect(split.current.length + split.archive.length).toBe(pages.length);
		expect(split.info.archived).toBe(split.archive.length);
	});

	it('keeps e-learning, programmes, topics, organisations and locations current, and every past item of the site out of it', () => {
		const current = new Set(urls(split.current));
		for (const url of ['/kurs/basale-smittevernrutiner-e-laering/', '/tema/demens/']) expect(current).toContain(url);
		for (const programme of index.programmes) expect(current).toContain(programme.href);
		for (const id of index.organisations.keys()) expect(current).toContain(ctx.paths.entry('organisations', id));
		for (const id of index.locations.keys()) expect(current).toContain(ctx.paths.entry('locations', id));
		// The same notion of ended as the pages (`item.past`).
		for (const item of [...index.courses, ...index.events]) expect(current.has(item.href), item.href).toBe(!item.past);
	});

	it(`gives the current pages that leave within ${ENDS_WINDOW_DAYS} days an \`ends\` value, and only those`, () => {
		const withEnds = split.current.filter((p) => p.ends);
		expect(withEnds.map((p) => [p.url, p.ends])).toContainEqual(['/kurs/veiledning-av-studenter-i-praksis/', '2027-01-26T11:00Z']);
		for (const page of split.current) {
			const at = leaves.get(page.url);
			const soon = at !== undefined && at.getTime() - ctx.now.getTime() <= ENDS_WINDOW_DAYS * DAY;
			expect(Boolean(page.ends), page.url).toBe(soon);
		}
		expect(split.info.ends).toEqual([...new Set(withEnds.map((p) => p.ends!))].sort());
	});
});

describe('a build some days old agrees with the past-items rule', () => {
	it('offers as current, without the archive, exactly what is current at the reader’s time', () => {
		// Every page, at every hour of the window after the build: shown by a search without the
		// archive (in the current index, its `ends` not passed) ⇔ current by the pages' rule.
		const disagreements: string[] = [];
		let dropped = 0;
		for (let hours = 0; hours <= ENDS_WINDOW_DAYS * 24; hours += 1) {
			const readerNow = ctx.now.getTime() + hours * 3_600_000;
			const ended = new Set(endedValues(split.info.ends, readerNow));
			for (const page of split.current) {
				const shown = !page.ends || !ended.has(page.ends);
				if (!shown) dropped++;
				if (shown !== isCurrentAt(leaves.get(page.url), new Date(readerNow))) disagreements.push(`${page.url} at +${hours} h`);
			}
		}
		expect(disagreements).toEqual([]);
		// Something did end within the window (the check is not empty).
		expect(dropped).toBeGreaterThan(0);
	});

	it('drops the course ending 2027-01-26 12:00 (Oslo) at that minute', () => {
		expect(endedValues(split.info.ends, Date.parse('2027-01-26T10:59:00Z'))).not.toContain('2027-01-26T11:00Z');
		expect(endedValues(split.info.ends, Date.parse('2027-01-26T11:00:00Z'))).toContain('2027-01-26T11:00Z');
	});

	it('drops news turning 12 months old after the build at midnight in the site’s time zone', () => {
		// A build on 2027-02-01: news dated 2026-02-18 is current and leaves on 2027-02-19 (Oslo).
		const later = testContext({ now: '2027-02-01T12:00:00Z' });
		const laterIndex = contentIndexOfValidation(later, validateContent(sampleContent));
		const { current, info } = splitPages(searchPages(later, laterIndex), leavingTimes(later, laterIndex), later.now);
		expect(current.find((p) => p.url === '/nyheter/smittevernnettverket-utvides/')?.ends).toBe('2027-02-18T23:00Z');
		expect(endedValues(info.ends, Date.parse('2027-02-18T22:59:00Z'))).not.toContain('2027-02-18T23:00Z');
		expect(endedValues(info.ends, Date.parse('2027-02-18T23:00:00Z'))).toContain('2027-02-18T23:00Z');
		expect(isCurrentNews('2026-02-18', '2027-02-18')).toBe(true);
		expect(isCurrentNews('2026-02-18', '2027-02-19')).toBe(false);
	});

	it('places a page by its leaving time at the build', () => {
		const now = new Date(FIXED_NOW);
		expect(placeOf(undefined, now)).toEqual({ archive: false });
		expect(placeOf(now, now)).toEqual({ archive: true });
		expect(placeOf(new Date(now.getTime() + DAY), now)).toEqual({ archive: false, ends: '2027-01-16T12:00Z' });
		expect(placeOf(new Date(now.getTime() + (ENDS_WINDOW_DAYS + 1) * DAY), now)).toEqual({ archive: false });
	});

	it('tells the page through one short attribute that reads back the same', () => {
		expect(archiveAttribute({ archived: 13, ends: ['2027-01-26T11:00Z', '2027-02-01T15:00Z'] })).toBe(
			'13 2027-01-26T11:00Z 2027-02-01T15:00Z',
		);
		expect(parseArchiveAttribute(archiveAttribute(split.info))).toEqual(split.info);
		expect(parseArchiveAttribute(undefined)).toEqual({ archived: 0, ends: [] });
		expect(parseArchiveAttribute('0')).toEqual({ archived: 0, ends: [] });
	});
});

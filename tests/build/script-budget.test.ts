import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageKind, scriptsByKind } from '../../bench/measure.ts';
import { type BuiltSite, buildSite, disposeBuilds } from '../utils/build.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';

// The project's rule: our JavaScript on a content page is at most 2 kB gzip (measured as the bench
// measures it: the page's module scripts and their static imports, gzip level 9). Topic and
// organisation pages are listings with a calendar block, whose copy button adds its own script.
const BUDGET = 2000;
const CONTENT_PAGES: PageKind[] = ['course', 'event', 'news', 'location'];

let site: BuiltSite;
beforeAll(async () => {
	site = await buildSite(sampleContent, FIXED_NOW);
});
afterAll(disposeBuilds);

describe('our JavaScript on a content page of the sample site', () => {
	it(`is at most ${BUDGET} B gzip on every kind of detail page`, () => {
		const scripts = scriptsByKind(site.outDir).filter((s) => CONTENT_PAGES.includes(s.kind));
		expect(scripts.map((s) => s.kind).sort()).toEqual([...CONTENT_PAGES].sort());
		const over = scripts.filter((s) => s.gzip > BUDGET).map((s) => `${s.kind} ${s.path}: ${s.gzip} B (${s.files.join(', ')})`);
		expect(over).toEqual([]);
	});

	it('loads the calendar address copy button only on pages with a calendar block', () => {
		const [course] = scriptsByKind(site.outDir).filter((s) => s.kind === 'course');
		const home = scriptsByKind(site.outDir).find((s) => s.kind === 'home')!;
		expect(home.files.some((file) => /CalendarAddress/.test(file))).toBe(true);
		expect(course.files.some((file) => /CalendarAddress/.test(file))).toBe(false);
	});
});

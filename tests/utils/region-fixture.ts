import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContentDir } from './content-dir.ts';
import { minimalFixture } from './paths.ts';

// The minimal fixture with regions Nordvik and Solberg; the hospital has none. Upcoming courses
// at build time: two of the hospital's (February), two of Nordvik's (March) and four of Solberg's
// (May), so the home page's six are 2 + 2 + 2 and Solberg's other two wait for their region.
// Shared by the browser tests of regions and calendars, so one build serves them all.
const solbergCourse = (n: number) => [
	`courses/solberg-kurs-${n}.mdx`,
	`---\ntitle: Solbergkurs ${n}\nsummary: Kurs i Solberg.\norganiser: solberg-kommune\ntopics: [demens]\naudiences: [alle]\nformat: classroom\nsessions:\n  - start: "2027-05-0${n}T10:00"\n    end: "2027-05-0${n}T12:00"\n    place: Solberg helsehus\n---\n\nKurs.\n`,
];

/** A temporary copy of the minimal fixture with the regions (remove it with `removeContentDir`). */
export const makeRegionContentDir = (): string =>
	makeContentDir({
		files: {
			'site.yaml': `${readFileSync(join(minimalFixture, 'site.yaml'), 'utf8')}regions:\n  - slug: nordvik\n    name: Nordvik\n  - slug: solberg\n    name: Solberg\n`,
			'organisations/fjordby-sykehus.yaml': 'name: Fjordby sykehus\nshort_name: FS\nkind: hospital\n',
			'organisations/nordvik-kommune.yaml': 'name: Nordvik kommune\nkind: municipality\nregion: Nordvik\n',
			'organisations/solberg-kommune.yaml': 'name: Solberg kommune\nkind: municipality\nregion: Solberg\n',
			...Object.fromEntries([1, 2, 3, 4].map(solbergCourse)),
		},
	});

/** Course slugs by organiser: the hospital (every region), Nordvik's and Solberg's. */
export const HOSPITAL = ['forflytning-vinter-og-sommer', 'sarbehandling-fullt'];
export const NORDVIK = ['legemiddelhandtering-tre-samlinger', 'forstehjelp-avlyst'];
export const SOLBERG = ['solberg-kurs-1', 'solberg-kurs-2', 'solberg-kurs-3', 'solberg-kurs-4'];

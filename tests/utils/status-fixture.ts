import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContentDir } from './content-dir.ts';
import { minimalFixture } from './paths.ts';

/**
 * The minimal fixture with one of each thing the curators' status page reports, at `FIXED_NOW`
 * (2027-01-15): the fixture's own open course whose deadline passed
 * (`legemiddelhandtering-tre-samlinger`, Nordvik kommune) and course with no upcoming session
 * (`demens-grunnkurs-hosten-2026`, Solberg kommune), plus the files below: a past event without
 * materials, a topic nothing uses, an organisation with no offer, an e-learning course last
 * changed more than 12 months ago, and `site.yaml` featuring an e-learning course (shown), a draft
 * (`FEATURED_DRAFT`, second in the course list) and the past event (ended). Entries without
 * `published`/`updated` are "no date" rows.
 */
export const STATUS_FILES: Record<string, string> = {
	'site.yaml': `${readFileSync(join(minimalFixture, 'site.yaml'), 'utf8')}featured:
  courses: [smittevern-e-laering, kladd-lindrende-stell]
  events: [fagdag-uten-materiell]
`,
	'events/fagdag-uten-materiell.mdx': `---
title: Fagdag om fallforebygging i hjemmetjenesten
summary: En dag om fall, balanse og trygge hjem.
organiser: solberg-kommune
topics: [demens]
start: "2026-10-01T09:00"
end: "2026-10-01T15:00"
attendance: in-person
place: Solberg helsehus
published: "2026-08-01"
---

Fagdagen er holdt.
`,
	'topics/ubrukt-tema.yaml': `name: Ernæring
description: Mat og drikke for eldre, underernæring og måltidsglede.
`,
	'organisations/tomt-foretak.yaml': `name: Tomt opplæringsforetak
kind: education
region: Fjordby
`,
	'courses/gammel-e-laering.mdx': `---
title: Dokumentasjon i pasientjournalen (e-læring)
summary: Kort e-læring om god og lovlig dokumentasjon.
organiser: nordvik-kommune
topics: [legemidler]
audiences: [alle]
format: elearning
registration:
  url: https://laering.nordvik.kommune.example/journal
published: "2024-03-01"
updated: "2025-06-01"
---

Kurset tar 30 minutter.
`,
};

/** The featured draft of `site.yaml`: `featured.courses.1`. */
export const FEATURED_DRAFT = { collection: 'courses', slug: 'kladd-lindrende-stell', position: 1 } as const;

/** One expected row per kind: the group (organisation slug, `''` for the shared group), the entry and its kind. */
export const EXPECTED_ROWS = [
	{ group: 'nordvik-kommune', entry: 'courses/legemiddelhandtering-tre-samlinger', kind: 'warning' },
	{ group: 'solberg-kommune', entry: 'courses/demens-grunnkurs-hosten-2026', kind: 'warning' },
	{ group: 'solberg-kommune', entry: 'events/fagdag-uten-materiell', kind: 'warning' },
	{ group: '', entry: 'topics/ubrukt-tema', kind: 'warning' },
	{ group: 'nordvik-kommune', entry: 'courses/gammel-e-laering', kind: 'stale' },
	{ group: 'fjordby-sykehus', entry: 'courses/smittevern-e-laering', kind: 'undated' },
	{ group: 'tomt-foretak', entry: 'organisations/tomt-foretak', kind: 'noUpcomingOffer' },
] as const;

/** A throw-away copy of the minimal fixture with `STATUS_FILES`; remove it with `removeContentDir`. */
export const makeStatusContentDir = (): string => makeContentDir({ files: STATUS_FILES });

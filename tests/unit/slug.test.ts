import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCollectionFiles, slugOf } from '../../src/validation/validate.ts';

describe('slugOf (file name → slug)', () => {
	it.each([
		['demens-grunnkurs.mdx', 'courses', 'demens-grunnkurs'],
		['kompetansekonferansen-2027.mdx', 'events', 'kompetansekonferansen-2027'],
		['nus.yaml', 'organisations', 'nus'],
		['nus.yml', 'organisations', 'nus'],
		['lorenskog-opplaeringssenter.yaml', 'locations', 'lorenskog-opplaeringssenter'],
	] as const)('%s in %s is %s', (name, collection, slug) => {
		expect(slugOf(name, collection)).toBe(slug);
	});

	it.each([
		['Kurs Øving.mdx', 'capitals, a space and ø'],
		['kurs-øving.mdx', 'ø must be written o'],
		['ernæring.mdx', 'æ must be written ae'],
		['Demens.mdx', 'capitals'],
		['demens_grunnkurs.mdx', 'underscore'],
		['demens--grunnkurs.mdx', 'double hyphen'],
		['-demens.mdx', 'leading hyphen'],
		['.mdx', 'no name'],
		['demens.md', 'Markdown, not MDX'],
		['demens.yaml', 'a data file among the MDX collections'],
		['demens.mdx.bak', 'a backup file'],
	])('courses: %s has no slug (%s)', (name) => {
		expect(slugOf(name, 'courses')).toBeUndefined();
	});

	it('data collections accept only YAML', () => {
		expect(slugOf('nus.mdx', 'organisations')).toBeUndefined();
		expect(slugOf('nus.json', 'organisations')).toBeUndefined();
	});
});

describe('listCollectionFiles', () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-list-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('ignores files starting with _ or . and sorts the rest', () => {
		mkdirSync(join(dir, 'courses'));
		for (const name of ['b-kurs.mdx', '_mal.mdx', '.DS_Store', 'a-kurs.mdx', 'Feil Navn.mdx'])
			writeFileSync(join(dir, 'courses', name), '');
		expect(listCollectionFiles(dir, 'courses')).toEqual(['Feil Navn.mdx', 'a-kurs.mdx', 'b-kurs.mdx']);
	});
	it('a missing collection folder is an empty collection', () => {
		expect(listCollectionFiles(dir, 'news')).toEqual([]);
	});
});

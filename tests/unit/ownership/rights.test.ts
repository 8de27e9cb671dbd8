import { describe, expect, it } from 'vitest';
import { collectionKeys } from '../../../src/schemas/index.ts';
import { COLLECTION_RIGHTS, type Editor, type FileChange, type Layout, areaOf, decide } from '../../../src/ownership/rights.ts';

const layout: Layout = { content: 'content', media: 'public/uploads' };

/** An editor of the listed organisations; a curator when one of them is `owner`. */
function editor(login: string, organisations: string[], owner = 'fjordby-sykehus'): Editor {
	return { login, curator: organisations.includes(owner), known: organisations.length > 0, editsFor: (org) => organisations.includes(org) };
}
const anne = editor('anne', ['fjordby-sykehus']); // curator
const nils = editor('nils', ['nordvik-kommune']);
const solveig = editor('solveig', ['solberg-kommune', 'nordvik-kommune']);
const stranger = editor('stranger', []);

/** `decide` on one change, by path (classified with the layout above). */
const check = (change: FileChange, who: Editor) => decide(change, areaOf(change.path, layout), who)?.key;

const course = (organiser?: string) => ({ title: 'Kurs', ...(organiser && { organiser }) });
const news = (organisation: string) => ({ title: 'Nyhet', organisation });
const org = (extra: Record<string, unknown> = {}) => ({ name: 'Nordvik kommune', kind: 'municipality', editors: ['nils'], ...extra });

describe('areaOf', () => {
	it('classifies content, media and everything else by path', () => {
		expect(areaOf('content/courses/a.mdx', layout)).toEqual({ kind: 'collection', collection: 'courses', slug: 'a' });
		expect(areaOf('content/organisations/nordvik-kommune.yaml', layout)).toEqual({
			kind: 'collection',
			collection: 'organisations',
			slug: 'nordvik-kommune',
		});
		expect(areaOf('content/site.yaml', layout)).toEqual({ kind: 'site' });
		expect(areaOf('public/uploads/bilde.jpg', layout)).toEqual({ kind: 'media' });
		for (const path of [
			'README.md',
			'src/pages/index.astro',
			'public/_headers',
			'content/notes.txt',
			'content/courses/a.yaml',
			'content/courses/x/a.mdx',
		]) {
			expect(areaOf(path, layout), path).toEqual({ kind: 'other' });
		}
	});

	it('works with the content folder at the repository root', () => {
		const root: Layout = { content: '', media: 'public/uploads' };
		expect(areaOf('news/a.mdx', root)).toEqual({ kind: 'collection', collection: 'news', slug: 'a' });
		expect(areaOf('site.yaml', root)).toEqual({ kind: 'site' });
		expect(areaOf('package.json', root)).toEqual({ kind: 'other' });
	});

	it('has a rule for every collection of the content model', () => {
		expect(Object.keys(COLLECTION_RIGHTS).sort()).toEqual([...collectionKeys].sort());
	});
});

describe.each(['courses', 'events', 'programmes'])('%s/: editors of its organiser, before and after', (folder) => {
	const path = `content/${folder}/a.mdx`;

	it('lets an organisation add, change and delete its own entries', () => {
		expect(check({ path, kind: 'added', after: course('nordvik-kommune') }, nils)).toBeUndefined();
		expect(check({ path, kind: 'modified', before: course('nordvik-kommune'), after: course('nordvik-kommune') }, nils)).toBeUndefined();
		expect(check({ path, kind: 'deleted', before: course('nordvik-kommune') }, nils)).toBeUndefined();
	});

	it("refuses another organisation's entries", () => {
		expect(check({ path, kind: 'added', after: course('solberg-kommune') }, nils)).toBe('ownership.notEditor');
		expect(check({ path, kind: 'modified', before: course('solberg-kommune'), after: course('solberg-kommune') }, nils)).toBe(
			'ownership.notEditor',
		);
		expect(check({ path, kind: 'deleted', before: course('solberg-kommune') }, nils)).toBe('ownership.notEditor');
	});

	it('refuses moving an entry to or from an organisation one does not edit for; both sides allow it', () => {
		expect(check({ path, kind: 'modified', before: course('nordvik-kommune'), after: course('solberg-kommune') }, nils)).toBe(
			'ownership.moved',
		);
		expect(check({ path, kind: 'modified', before: course('solberg-kommune'), after: course('nordvik-kommune') }, nils)).toBe(
			'ownership.moved',
		);
		expect(check({ path, kind: 'modified', before: course('solberg-kommune'), after: course('nordvik-kommune') }, solveig)).toBeUndefined();
		expect(check({ path, kind: 'modified', before: course('solberg-kommune'), after: course('nordvik-kommune') }, anne)).toBeUndefined();
	});

	it('refuses an entry whose owner cannot be read, except to curators', () => {
		expect(check({ path, kind: 'added', after: course() }, nils)).toBe('ownership.noOwner');
		expect(check({ path, kind: 'modified', before: course('nordvik-kommune'), after: undefined }, nils)).toBe('ownership.noOwner');
		expect(check({ path, kind: 'added', after: course() }, anne)).toBeUndefined();
	});
});

describe.each([
	['news', 'mdx'],
	['locations', 'yaml'],
])('%s/: editors of its organisation, before and after', (folder, extension) => {
	const path = `content/${folder}/a.${extension}`;

	it('reads the organisation field, not organiser', () => {
		expect(check({ path, kind: 'added', after: news('nordvik-kommune') }, nils)).toBeUndefined();
		expect(check({ path, kind: 'added', after: course('nordvik-kommune') }, nils)).toBe('ownership.noOwner');
		expect(check({ path, kind: 'deleted', before: news('solberg-kommune') }, nils)).toBe('ownership.notEditor');
		expect(check({ path, kind: 'modified', before: news('nordvik-kommune'), after: news('solberg-kommune') }, nils)).toBe(
			'ownership.moved',
		);
	});
});

describe('organisations/<slug>.yaml', () => {
	const path = 'content/organisations/nordvik-kommune.yaml';

	it('lets its own editors change it, but not another organisation', () => {
		expect(check({ path, kind: 'modified', before: org(), after: org({ name: 'Nordvik' }) }, nils)).toBeUndefined();
		expect(
			check({ path: 'content/organisations/solberg-kommune.yaml', kind: 'modified', before: org(), after: org({ name: 'S' }) }, nils),
		).toBe('ownership.notEditor');
	});

	it('keeps editors and kind for curators', () => {
		const refusal = (after: unknown) => decide({ path, kind: 'modified', before: org(), after }, areaOf(path, layout), nils);
		expect(refusal(org({ editors: ['nils', 'kari'] }))).toEqual({ key: 'ownership.organisationFields', vars: { fields: 'editors' } });
		expect(refusal(org({ kind: 'hospital' }))).toEqual({ key: 'ownership.organisationFields', vars: { fields: 'kind' } });
		expect(refusal(org({ kind: 'hospital', editors: [] }))?.vars).toEqual({ fields: 'editors, kind' });
		expect(
			check({ path, kind: 'modified', before: org(), after: org({ editors: ['nils', 'kari'], kind: 'hospital' }) }, anne),
		).toBeUndefined();
	});

	it('treats a missing editors list as the empty one', () => {
		const without = { name: 'Nordvik kommune', kind: 'municipality' };
		expect(check({ path, kind: 'modified', before: without, after: { ...without, editors: [] } }, nils)).toBeUndefined();
	});

	it('refuses a file that cannot be read to non-curators', () => {
		expect(check({ path, kind: 'modified', before: org(), after: undefined }, nils)).toBe('ownership.organisationUnreadable');
	});

	it('leaves adding and deleting organisations to curators', () => {
		expect(check({ path: 'content/organisations/ny.yaml', kind: 'added', after: org({ editors: ['nils'] }) }, nils)).toBe(
			'ownership.organisationAddDelete',
		);
		expect(check({ path, kind: 'deleted', before: org() }, nils)).toBe('ownership.organisationAddDelete');
		expect(check({ path: 'content/organisations/ny.yaml', kind: 'added', after: org() }, anne)).toBeUndefined();
		expect(check({ path, kind: 'deleted', before: org() }, anne)).toBeUndefined();
	});
});

describe('topics/ and site.yaml: curators', () => {
	it.each([
		['content/topics/demens.yaml', 'modified'],
		['content/topics/ny.yaml', 'added'],
		['content/topics/demens.yaml', 'deleted'],
		['content/site.yaml', 'modified'],
	] as const)('%s (%s)', (path, kind) => {
		const change: FileChange = { path, kind, before: { name: 'x' }, after: { name: 'y' } };
		expect(check(change, nils)).toBe('ownership.curatorsOnly');
		expect(check(change, anne)).toBeUndefined();
	});
});

describe("site.yaml featured: the home page's selection is the curators'", () => {
	it("refuses an editor who features the organisation's own course, allows a curator", () => {
		const before = { name: 'Kompetansebroen', owner: 'fjordby-sykehus' };
		const change: FileChange = {
			path: 'content/site.yaml',
			kind: 'modified',
			before,
			after: { ...before, featured: { courses: ['nordvik-kurs'] } },
		};
		expect(check(change, nils)).toBe('ownership.curatorsOnly');
		expect(check(change, solveig)).toBe('ownership.curatorsOnly');
		expect(check(change, anne)).toBeUndefined();
	});
});

describe('public/uploads/: any editor adds, curators change or delete', () => {
	const path = 'public/uploads/bilde.jpg';

	it('lets any editor add a file', () => {
		expect(check({ path, kind: 'added' }, nils)).toBeUndefined();
		expect(check({ path: 'public/uploads/2027/x.pdf', kind: 'added' }, solveig)).toBeUndefined();
	});

	it('leaves changing and deleting an existing file to curators', () => {
		expect(check({ path, kind: 'modified' }, nils)).toBe('ownership.uploadChange');
		expect(check({ path, kind: 'deleted' }, nils)).toBe('ownership.uploadChange');
		expect(check({ path, kind: 'modified' }, anne)).toBeUndefined();
		expect(check({ path, kind: 'deleted' }, anne)).toBeUndefined();
	});
});

describe('anything else: not content', () => {
	it.each(['package.json', 'src/schemas/course.ts', '.github/workflows/pull-request.yml', 'public/_headers', 'content/README.md'])(
		'%s is refused, even to curators',
		(path) => {
			expect(check({ path, kind: 'modified' }, nils)).toBe('ownership.notContent');
			expect(check({ path, kind: 'added' }, anne)).toBe('ownership.notContent');
		},
	);
});

describe('who', () => {
	it('lets curators change any content', () => {
		const changes: FileChange[] = [
			{ path: 'content/courses/a.mdx', kind: 'modified', before: course('solberg-kommune'), after: course('nordvik-kommune') },
			{ path: 'content/news/a.mdx', kind: 'deleted', before: news('solberg-kommune') },
			{ path: 'content/organisations/solberg-kommune.yaml', kind: 'modified', before: org(), after: org({ editors: ['x'] }) },
			{ path: 'content/site.yaml', kind: 'modified', before: {}, after: {} },
			{ path: 'public/uploads/a.jpg', kind: 'deleted' },
		];
		for (const change of changes) expect(check(change, anne), change.path).toBeUndefined();
	});

	it('lets a login in no organisation change nothing, not even add an upload', () => {
		const changes: FileChange[] = [
			{ path: 'public/uploads/a.jpg', kind: 'added' },
			{ path: 'content/courses/a.mdx', kind: 'added', after: course('nordvik-kommune') },
			{ path: 'content/topics/a.yaml', kind: 'added', after: {} },
		];
		for (const change of changes) expect(check(change, stranger), change.path).toBe('ownership.unknownEditor');
	});
});

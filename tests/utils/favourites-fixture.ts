import { makeContentDir } from './content-dir.ts';

/**
 * The minimal fixture (its draft course included) with a published and a draft programme and a
 * draft event, for the favourites tests (build and browser): the favourites JSON must hold every
 * published course, event and programme and none of the drafts.
 */
export function favouritesContentDir(): string {
	const programme = (title: string, draft: boolean) =>
		[
			'---',
			`title: ${title}`,
			'summary: Halvårig program med kurs og veiledning i egen tjeneste.',
			'organiser: fjordby-sykehus',
			'topics: [demens]',
			'audiences: [sykepleier]',
			'duration: 6 måneder',
			'steps:',
			'  - title: Forflytning i hverdagen',
			'    course: forflytning-vinter-og-sommer',
			...(draft ? ['draft: true'] : []),
			'---',
			'',
			'Programmet kombinerer kurs med veiledning.',
		].join('\n');
	return makeContentDir({
		files: {
			'programmes/demensprogram.mdx': programme('Demensprogram for hjemmetjenesten', false),
			'programmes/kladd-program.mdx': programme('Kladdeprogram om lindring', true),
			'events/kladd-seminar.mdx': [
				'---',
				'title: Kladd til seminar om ernæring',
				'summary: Utkast til et seminar som ikke er bestemt ennå.',
				'organiser: nordvik-kommune',
				'topics: [demens]',
				'start: "2027-06-01T09:00"',
				'end: "2027-06-01T15:00"',
				'attendance: in-person',
				'place: Nordvik rådhus',
				'draft: true',
				'---',
				'',
				'Kommer.',
			].join('\n'),
		},
	});
}

/**
 * The judged query set of the site search (issue 18): what a nurse, a manager or an editor types
 * into the search field on the sample content (`content/`, built at `FIXED_NOW`), and the pages
 * they wanted. The expected pages are the judgement of what the reader was looking for, not what
 * the index happens to return; a query is a hit when every expected page is among the first `top`
 * results. Run by `judge.ts` in the e2e test `tests/e2e/search-quality.test.ts` and in the bench.
 *
 * Pages are chosen among those that are current at `FIXED_NOW` (2027-01-15: courses and events not
 * yet ended, e-learning, programmes, news of the last 12 months, topics, organisations, locations),
 * so that the set still holds when the past moves to an archive index.
 *
 * Adding a query: a realistic query, its category, the built URL(s) of the page(s) a reader wanted
 * and a reason a reviewer can check against the content. Do not add a query to fit the index.
 */

/** What a query tests. */
export type QueryCategory =
	/** A plural or definite form of a word in the content («sårene» for «sår»). */
	| 'inflection'
	/** One part of a compound word («screening» for «Ernæringsscreening»). */
	| 'compound'
	/** æ, ø, å typed as ae/a, o, a («lorenskog» for «Lørenskog»). */
	| 'ascii'
	/** A slip Pagefind can be made to handle: an unfinished word, a compound written apart (særskriving). */
	| 'typo'
	/** Two words that together pick out one offer. */
	| 'two-word'
	/** An English word or abbreviation used in Norwegian text. */
	| 'english'
	/** An organisation or a place. */
	| 'name'
	/** A topic's name. */
	| 'topic'
	/** A plain word as written in the content, as an editor or manager types it (must keep working). */
	| 'plain';

export interface JudgedQuery {
	/** What the reader types into the search field. */
	q: string;
	category: QueryCategory;
	/** Built URLs of the pages the reader wanted; every one must be within the first `top` results. */
	expect: string[];
	/** 3 for a query that names what it wants, 5 for a broad one. */
	top: 3 | 5;
	/** Why these pages are what the reader wanted (checkable against the content). */
	reason: string;
}

// Typos this set leaves out on purpose: Pagefind 1.5 matches whole words and their prefixes (after
// its Norwegian stemmer), with no edit distance. A letter wrong or missing inside a word
// («paliasjon», «delirum», «ernæringscreening») finds unrelated pages, and no index-time work
// short of a spelling corrector changes that. The typos below are the slips indexing can serve.

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
	// inflection
	{
		q: 'sårene',
		category: 'inflection',
		expect: ['/kurs/sarbehandling-i-hjemmetjenesten/', '/tema/sarbehandling/'],
		top: 3,
		reason: 'definite plural of «sår»: the wound care course and the topic Sårbehandling',
	},
	{
		q: 'legemidlene',
		category: 'inflection',
		expect: ['/tema/legemidler/'],
		top: 3,
		reason: 'definite plural of «legemiddel»: the topic Legemidler gathers every medication offer',
	},
	{
		q: 'lederne',
		category: 'inflection',
		expect: [
			'/arrangementer/nettverksmote-ledere-i-helse-og-omsorg/',
			'/program/lederprogram-forstelinjeledere/',
			'/kurs/lederutvikling-i-helse-og-omsorg/',
		],
		top: 5,
		reason:
			'a manager looking for what is for leaders: the network meeting «for ledere», the programme for «førstelinjeledere», the course Lederutvikling',
	},
	{
		q: 'studentene',
		category: 'inflection',
		expect: ['/kurs/veiledning-av-studenter-i-praksis/'],
		top: 3,
		reason: 'definite plural of «student»: the course on supervising «studenter» in placement',
	},
	{
		q: 'overgangen',
		category: 'inflection',
		expect: ['/nyheter/ny-veileder-trygg-overgang/', '/arrangementer/frokostmote-trygge-overganger/'],
		top: 3,
		reason: 'definite of «overgang»: the guide «Trygg overgang» and the breakfast meeting on «trygge overganger»',
	},
	{
		q: 'webinarene',
		category: 'inflection',
		expect: ['/arrangementer/webinar-legemiddelsamstemming/', '/kurs/rusmiddelbruk-hos-eldre/'],
		top: 5,
		reason: 'definite plural of «webinar»: the two upcoming webinars (medication reconciliation, substance use among the elderly)',
	},
	{
		q: 'konferansene',
		category: 'inflection',
		expect: ['/arrangementer/kompetansekonferansen-2027/', '/arrangementer/erfaringskonferanse-sarbehandling-2028/'],
		top: 5,
		reason: 'definite plural of «konferanse»: the two upcoming conferences, both compounds (Kompetansekonferansen, Erfaringskonferanse)',
	},

	// compound
	{
		q: 'screening',
		category: 'compound',
		expect: ['/kurs/ernaeringsscreening-i-sykehjem/'],
		top: 3,
		reason: 'the course about screening is «Ernæringsscreening og tiltak i sykehjem» (issue 18)',
	},
	{
		q: 'håndtering legemidler',
		category: 'compound',
		expect: ['/kurs/legemiddelhandtering-i-kommunehelsetjenesten/'],
		top: 3,
		reason: 'the parts of «Legemiddelhåndtering i kommunehelsetjenesten» in the other order (issue 18)',
	},
	{
		q: 'veiledning barsel',
		category: 'compound',
		expect: ['/kurs/ammeveiledning-i-barselomsorgen/'],
		top: 3,
		reason: '«Ammeveiledning i barselomsorgen»: guidance in maternity care, both words inside compounds',
	},
	{
		q: 'konferanse',
		category: 'compound',
		expect: ['/arrangementer/kompetansekonferansen-2027/', '/arrangementer/erfaringskonferanse-sarbehandling-2028/'],
		top: 5,
		reason: 'the upcoming conferences are «Kompetansekonferansen 2027» and «Erfaringskonferanse om sårbehandling 2028»',
	},
	{
		q: 'nettverk',
		category: 'compound',
		expect: ['/arrangementer/fagnettverk-psykisk-helse-hosten-2027/', '/arrangementer/nettverksmote-ledere-i-helse-og-omsorg/'],
		top: 5,
		reason: 'the upcoming network meetings: «Fagnettverk for psykisk helse og rus», «Nettverksmøte for ledere»',
	},
	{
		q: 'selvmord',
		category: 'compound',
		expect: ['/kurs/selvskading-og-selvmordsforebygging/'],
		top: 3,
		reason: 'the course «Selvskading og selvmordsforebygging»',
	},
	{
		q: 'dispenser',
		category: 'compound',
		expect: ['/kurs/velferdsteknologi-i-hjemmetjenesten/'],
		top: 3,
		reason: 'medicine dispensers («medisindispensere») are taught in «Velferdsteknologi i hjemmetjenesten»',
	},
	{
		q: 'samstemming',
		category: 'compound',
		expect: ['/arrangementer/webinar-legemiddelsamstemming/'],
		top: 3,
		reason: 'the webinar «Legemiddelsamstemming ved innleggelse og utskrivning»',
	},
	{
		q: 'teknologi',
		category: 'compound',
		expect: ['/tema/velferdsteknologi/'],
		top: 5,
		reason: 'technology in care is «velferdsteknologi»: its topic page lists the offers',
	},
	{
		q: 'omsorg demens',
		category: 'compound',
		expect: ['/kurs/demensomsorg-i-praksis/', '/kurs/personsentrert-demensomsorg-e-laering/'],
		top: 3,
		reason: 'the two «demensomsorg» courses, the compound split into its words',
	},
	{
		q: 'rehabilitering',
		category: 'compound',
		expect: ['/tema/rehabilitering/', '/kurs/hverdagsrehabilitering/'],
		top: 5,
		reason:
			'the topic Rehabilitering and the rehabilitation course «Hverdagsrehabilitering» (broad: pages that say «rehabilitering» may come first)',
	},
	{
		q: 'utbrudd',
		category: 'compound',
		expect: ['/kurs/isolasjonsrutiner-og-utbruddshandtering/'],
		top: 3,
		reason: '«Isolasjonsrutiner og utbruddshåndtering i sykehjem» (outbreak management)',
	},

	// ascii letters
	{
		q: 'lorenskog',
		category: 'ascii',
		expect: ['/organisasjoner/lorenskog-kommune/', '/steder/lorenskog-opplaeringssenter/'],
		top: 3,
		reason: '«Lørenskog» with ø typed as o: the municipality and its training centre (issue 18)',
	},
	{
		q: 'forstehjelp',
		category: 'ascii',
		expect: ['/kurs/psykisk-forstehjelp/'],
		top: 3,
		reason: '«førstehjelp» with ø typed as o: «Psykisk førstehjelp for ansatte i hjemmetjenesten» (issue 18)',
	},
	{
		q: 'ernaering',
		category: 'ascii',
		expect: ['/tema/ernaering/'],
		top: 3,
		reason: '«ernæring» with æ typed as ae: the topic Ernæring',
	},
	{
		q: 'ernaring',
		category: 'ascii',
		expect: ['/tema/ernaering/'],
		top: 3,
		reason: '«ernæring» with æ typed as a: the topic Ernæring',
	},
	{
		q: 'lillestrom',
		category: 'ascii',
		expect: ['/organisasjoner/lillestrom-kommune/'],
		top: 3,
		reason: '«Lillestrøm» with ø typed as o: Lillestrøm kommune',
	},
	{
		q: 'hogskolen',
		category: 'ascii',
		expect: ['/organisasjoner/hogskolen-pa-romerike/'],
		top: 3,
		reason: '«Høgskolen» with ø typed as o: Høgskolen på Romerike',
	},
	{
		q: 'raelingen',
		category: 'ascii',
		expect: ['/organisasjoner/raelingen-kommune/'],
		top: 3,
		reason: '«Rælingen» with æ typed as ae: Rælingen kommune',
	},
	{
		q: 'dognplasser',
		category: 'ascii',
		expect: ['/nyheter/nye-akutte-dognplasser-nittedal/'],
		top: 3,
		reason: '«døgnplasser» with ø typed as o: the news «Nittedal åpner nye akutte døgnplasser»',
	},
	{
		q: 'frokostmote',
		category: 'ascii',
		expect: ['/arrangementer/frokostmote-trygge-overganger/'],
		top: 3,
		reason: '«Frokostmøte» with ø typed as o: the breakfast meeting on safe transitions',
	},
	{
		q: 'forstelinjeledere',
		category: 'ascii',
		expect: ['/program/lederprogram-forstelinjeledere/'],
		top: 3,
		reason: '«førstelinjeledere» with ø typed as o: the programme «Lederprogram for førstelinjeledere»',
	},
	{
		q: 'sarbehandling',
		category: 'ascii',
		expect: ['/kurs/sarbehandling-i-hjemmetjenesten/', '/tema/sarbehandling/'],
		top: 3,
		reason: '«sårbehandling» with å typed as a: the wound care course and topic',
	},
	{
		q: 'motesal alna',
		category: 'ascii',
		expect: ['/steder/alna-motesal/'],
		top: 3,
		reason: '«Møtesalen, Alna bydelshus» with ø typed as o and the definite ending left off',
	},
	{
		q: 'psykisk forstehjelp',
		category: 'ascii',
		expect: ['/kurs/psykisk-forstehjelp/'],
		top: 3,
		reason: 'the course title with ø typed as o (issue 18)',
	},

	// typos indexing can serve
	{
		q: 'palliasjo',
		category: 'typo',
		expect: ['/tema/palliasjon/', '/kurs/palliasjon-grunnkurs/'],
		top: 3,
		reason: 'an unfinished «palliasjon»: the topic and the basic course',
	},
	{
		q: 'velferdstek',
		category: 'typo',
		expect: ['/tema/velferdsteknologi/'],
		top: 3,
		reason: 'an unfinished «velferdsteknologi»: the topic',
	},
	{
		q: 'hverdagsrehab',
		category: 'typo',
		expect: ['/kurs/hverdagsrehabilitering/'],
		top: 3,
		reason: 'an unfinished «hverdagsrehabilitering»: the course',
	},
	{
		q: 'sår behandling',
		category: 'typo',
		expect: ['/kurs/sarbehandling-i-hjemmetjenesten/', '/tema/sarbehandling/'],
		top: 3,
		reason: '«sårbehandling» written apart (særskriving, a very common slip): the course and topic',
	},
	{
		q: 'legemiddel håndtering',
		category: 'typo',
		expect: ['/kurs/legemiddelhandtering-i-kommunehelsetjenesten/'],
		top: 3,
		reason: '«legemiddelhåndtering» written apart: the course «Legemiddelhåndtering i kommunehelsetjenesten»',
	},
	{
		q: 'velferds teknologi',
		category: 'typo',
		expect: ['/tema/velferdsteknologi/'],
		top: 3,
		reason: '«velferdsteknologi» written apart: the topic',
	},

	// two words
	{
		q: 'trygg overgang',
		category: 'two-word',
		expect: ['/nyheter/ny-veileder-trygg-overgang/', '/arrangementer/frokostmote-trygge-overganger/'],
		top: 3,
		reason: 'the guide «Trygg overgang» and the breakfast meeting about it',
	},
	{
		q: 'psykisk helse',
		category: 'two-word',
		expect: ['/tema/psykisk-helse-og-rus/', '/arrangementer/fagnettverk-psykisk-helse-hosten-2027/'],
		top: 3,
		reason: 'the topic «Psykisk helse og rus» and the network gathering of that name',
	},
	{
		q: 'smittevern sykehjem',
		category: 'two-word',
		expect: ['/kurs/isolasjonsrutiner-og-utbruddshandtering/'],
		top: 3,
		reason:
			'the upcoming infection control course for nursing homes («Isolasjonsrutiner og utbruddshåndtering i sykehjem», topic Smittevern)',
	},
	{
		q: 'underernæring eldre',
		category: 'two-word',
		expect: ['/kurs/ernaering-hos-eldre-e-laering/'],
		top: 3,
		reason: 'the e-learning «Ernæring hos eldre», about «underernæring» among the elderly',
	},
	{
		q: 'demens kurs',
		category: 'two-word',
		expect: ['/kurs/demensomsorg-i-praksis/', '/kurs/personsentrert-demensomsorg-e-laering/'],
		top: 3,
		reason: 'the two dementia courses (topic Demens)',
	},
	{
		q: 'velferdsteknologi hjemmetjenesten',
		category: 'two-word',
		expect: ['/kurs/velferdsteknologi-i-hjemmetjenesten/'],
		top: 3,
		reason: 'the course «Velferdsteknologi i hjemmetjenesten»',
	},
	{
		q: 'palliasjon kurs',
		category: 'two-word',
		expect: ['/kurs/palliasjon-grunnkurs/'],
		top: 3,
		reason: 'the course «Grunnkurs i palliasjon»',
	},
	{
		q: 'rus eldre',
		category: 'two-word',
		expect: ['/kurs/rusmiddelbruk-hos-eldre/', '/nyheter/oppsokende-rusteam-i-bydel-alna/'],
		top: 3,
		reason: 'the webinar «Rusmiddelbruk hos eldre» and the news of an outreach team for elderly with substance problems',
	},

	// English in Norwegian text
	{
		q: 'delirium',
		category: 'english',
		expect: ['/kurs/delirium-hos-eldre/'],
		top: 3,
		reason: 'the course «Delirium hos eldre»',
	},
	{
		q: 'workshop',
		category: 'english',
		expect: ['/arrangementer/workshop-simulering-i-kommunen/'],
		top: 3,
		reason: 'the upcoming workshop «Workshop – kom i gang med simulering i kommunen»',
	},
	{
		q: 'webinar',
		category: 'english',
		expect: ['/arrangementer/webinar-legemiddelsamstemming/', '/kurs/rusmiddelbruk-hos-eldre/'],
		top: 5,
		reason: 'the two upcoming webinars',
	},
	{
		q: 'e-learning smittevern',
		category: 'english',
		expect: ['/kurs/basale-smittevernrutiner-e-laering/'],
		top: 3,
		reason: 'the infection control e-learning «Basale smittevernrutiner – e-læring»: the English word for «e-læring»',
	},
	{
		q: 'nurses',
		category: 'english',
		expect: ['/kurs/clinical-communication-for-international-nurses/'],
		top: 3,
		reason: 'the English course «Clinical communication for internationally educated nurses»',
	},
	{
		q: 'ISBAR',
		category: 'english',
		expect: ['/kurs/clinical-communication-for-international-nurses/'],
		top: 3,
		reason: 'the upcoming course that teaches ISBAR handovers',
	},
	{
		q: 'covid',
		category: 'english',
		expect: ['/kurs/isolasjonsrutiner-og-utbruddshandtering/'],
		top: 3,
		reason: 'the upcoming course on outbreaks of «norovirus, influensa eller covid-19»',
	},

	// organisations and places
	{
		q: 'Jessheim',
		category: 'name',
		expect: ['/steder/jessheim-kompetansesenter/'],
		top: 3,
		reason: 'the place «Kompetansesenteret på Jessheim»',
	},
	{
		q: 'NUS',
		category: 'name',
		expect: ['/organisasjoner/nus/'],
		top: 3,
		reason: 'the short name of Nitelva universitetssykehus',
	},
	{
		q: 'Ullensaker',
		category: 'name',
		expect: ['/organisasjoner/ullensaker-kommune/'],
		top: 3,
		reason: 'Ullensaker kommune',
	},
	{
		q: 'USHT',
		category: 'name',
		expect: ['/organisasjoner/usht-romerike/'],
		top: 3,
		reason: 'the short name «USHT Romerike» of the development centre',
	},
	{
		q: 'Kjeller',
		category: 'name',
		expect: ['/steder/hpr-ferdighetssenter/'],
		top: 3,
		reason: 'the place in Kjeller: the skills centre of Høgskolen på Romerike',
	},
	{
		q: 'Bydel Grorud',
		category: 'name',
		expect: ['/organisasjoner/bydel-grorud/'],
		top: 3,
		reason: 'the organisation Bydel Grorud',
	},
	{
		q: 'Nordre Follo',
		category: 'name',
		expect: ['/organisasjoner/nordre-follo-kommune/'],
		top: 3,
		reason: 'Nordre Follo kommune',
	},
	{
		q: 'Nitelva',
		category: 'name',
		expect: ['/organisasjoner/nus/', '/steder/simuleringssenteret-nitelva/'],
		top: 5,
		reason: 'Nitelva universitetssykehus and the simulation centre «Simuleringssenteret, Nitelva-tunet»',
	},

	// topics
	{
		q: 'demens',
		category: 'topic',
		expect: ['/tema/demens/'],
		top: 3,
		reason: 'the topic Demens',
	},
	{
		q: 'akuttmedisin',
		category: 'topic',
		expect: ['/tema/akuttmedisin/', '/kurs/akuttmedisinske-ferdigheter-simulering/'],
		top: 3,
		reason: 'the topic Akuttmedisin and the course «Akuttmedisinske ferdigheter – simuleringskurs»',
	},
	{
		q: 'samhandling',
		category: 'topic',
		expect: ['/tema/samhandling/'],
		top: 3,
		reason: 'the topic Samhandling',
	},
	{
		q: 'smittevern',
		category: 'topic',
		expect: ['/tema/smittevern/'],
		top: 3,
		reason: 'the topic Smittevern',
	},
	{
		q: 'psykisk helse og rus',
		category: 'topic',
		expect: ['/tema/psykisk-helse-og-rus/'],
		top: 3,
		reason: 'the topic «Psykisk helse og rus», typed in full',
	},

	// plain words of editors and managers
	{
		q: 'avlyst',
		category: 'plain',
		expect: ['/kurs/ernaeringsscreening-i-sykehjem/', '/kurs/trygg-forflytning/'],
		top: 3,
		reason: 'an editor checking the cancelled courses: both say «avlyst»',
	},
	{
		q: 'fulltegnet',
		category: 'plain',
		expect: ['/kurs/palliasjon-grunnkurs/'],
		top: 3,
		reason: 'the full course «Grunnkurs i palliasjon» («fulltegnet, … venteliste»)',
	},
	{
		q: 'mentor',
		category: 'plain',
		expect: ['/program/introduksjonsprogram-nyansatte-sykepleiere/'],
		top: 3,
		reason: 'the introduction programme for new nurses, «med mentor»',
	},
	{
		q: 'turnus',
		category: 'plain',
		expect: ['/arrangementer/nettverksmote-ledere-i-helse-og-omsorg/'],
		top: 3,
		reason: 'a manager looking for shift planning: the leaders’ network meeting on «turnusordninger»',
	},
	{
		q: 'rekruttering',
		category: 'plain',
		expect: ['/arrangementer/nettverksmote-ledere-i-helse-og-omsorg/', '/nyheter/oppsummering-kompetansekonferansen-2026/'],
		top: 3,
		reason: 'recruitment is the theme of the leaders’ network meeting and of the conference summary',
	},
	{
		q: 'introduksjonsprogram',
		category: 'plain',
		expect: ['/program/introduksjonsprogram-nyansatte-sykepleiere/'],
		top: 3,
		reason: 'the programme «Introduksjonsprogram for nyansatte sykepleiere»',
	},
];

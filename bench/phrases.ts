// Phrase lists for the synthetic content of the benchmark (Norwegian bokmål). Sentences are
// composed from these, so the text has a realistic vocabulary, word lengths and inflections for
// Pagefind's Norwegian stemmer, while staying reproducible from a seed.

/** Topics: name, description and the words typical of the field (used in titles and bodies). */
export const TOPICS: { name: string; description: string; words: string[] }[] = [
	{ name: 'Demens', description: 'Kunnskap om demenssykdommer, personsentrert omsorg, miljøbehandling og støtte til pårørende.', words: ['demens', 'demenssykdom', 'demensomsorg', 'miljøbehandling', 'kognitiv svikt', 'hukommelsesteam', 'personsentrert omsorg', 'utfordrende atferd', 'pårørendeskole', 'utredning av demens'] },
	{ name: 'Legemidler', description: 'Trygg legemiddelhåndtering, legemiddelregning, samstemming og legemiddelgjennomgang.', words: ['legemiddelhåndtering', 'legemiddelregning', 'legemiddelgjennomgang', 'samstemming', 'multidose', 'bivirkninger', 'legemiddelliste', 'dosering', 'eliminasjon', 'interaksjoner'] },
	{ name: 'Palliasjon', description: 'Lindrende behandling og omsorg for alvorlig syke og døende, og oppfølging av pårørende.', words: ['palliasjon', 'lindrende behandling', 'livets sluttfase', 'symptomlindring', 'smertebehandling', 'forhåndssamtaler', 'palliativ plan', 'sorgarbeid', 'døende pasienter', 'åndelig omsorg'] },
	{ name: 'Akuttmedisin', description: 'Tidlig oppdagelse av forverret tilstand, ABCDE-vurdering og hjerte-lunge-redning.', words: ['akuttmedisin', 'ABCDE-vurdering', 'hjerte-lunge-redning', 'hjertestarter', 'NEWS2', 'forverret tilstand', 'sepsis', 'ISBAR', 'akutte situasjoner', 'legevakt'] },
	{ name: 'Smittevern', description: 'Basale smittevernrutiner, isolering, utbruddshåndtering og vaksinasjon.', words: ['smittevern', 'håndhygiene', 'isolering', 'utbruddshåndtering', 'vaksinasjon', 'resistente bakterier', 'basale smittevernrutiner', 'smittevernutstyr', 'influensa', 'infeksjonsregistrering'] },
	{ name: 'Sårbehandling', description: 'Forebygging og behandling av trykksår, leggsår og diabetiske fotsår.', words: ['sårbehandling', 'trykksår', 'leggsår', 'diabetiske fotsår', 'sårvurdering', 'bandasjevalg', 'kompresjonsbehandling', 'sårdokumentasjon', 'trykkavlastning', 'hudpleie'] },
	{ name: 'Ernæring', description: 'Ernæringsscreening, forebygging av underernæring og måltidsglede.', words: ['ernæring', 'underernæring', 'ernæringsscreening', 'måltidsglede', 'kosthold', 'proteininntak', 'dysfagi', 'ernæringsplan', 'vektnedgang', 'næringsdrikker'] },
	{ name: 'Rehabilitering', description: 'Hverdagsrehabilitering, forflytning, mestring og tverrfaglig oppfølging.', words: ['rehabilitering', 'hverdagsrehabilitering', 'forflytning', 'mestring', 'fallforebygging', 'funksjonsvurdering', 'styrketrening', 'hjelpemidler', 'egenmestring', 'opptrening'] },
	{ name: 'Psykisk helse og rus', description: 'Forebygging, tidlig innsats og behandling ved psykiske lidelser og rusmiddelproblemer.', words: ['psykisk helse', 'rusmiddelbruk', 'selvmordsforebygging', 'angst', 'depresjon', 'samtidige lidelser', 'psykisk førstehjelp', 'motiverende intervju', 'ROP-lidelser', 'recovery'] },
	{ name: 'Samhandling', description: 'Trygge overganger mellom sykehus og kommune, felles planer og digital samhandling.', words: ['samhandling', 'utskrivning', 'pasientforløp', 'trygge overganger', 'epikrise', 'elektroniske meldinger', 'koordinerende enhet', 'individuell plan', 'innleggelse', 'oppfølgingsteam'] },
	{ name: 'Velferdsteknologi', description: 'Digitalt tilsyn, medisindispensere og trygghetsalarmer, og hvordan tjenestene tar dem i bruk.', words: ['velferdsteknologi', 'digitalt tilsyn', 'medisindispenser', 'trygghetsalarm', 'sensorer', 'digital hjemmeoppfølging', 'GPS-lokalisering', 'tjenesteinnovasjon', 'responssenter', 'skjermbesøk'] },
	{ name: 'Ledelse', description: 'Faglig ledelse, kvalitetsforbedring, veiledning og kompetanseplanlegging.', words: ['ledelse', 'kvalitetsforbedring', 'kompetanseplanlegging', 'arbeidsmiljø', 'forbedringsarbeid', 'turnusplanlegging', 'heltidskultur', 'endringsledelse', 'pasientsikkerhet', 'avviksbehandling'] },
	{ name: 'Barsel og barn', description: 'Barselomsorg, amming, helsestasjon og oppfølging av familier med små barn.', words: ['barselomsorg', 'ammeveiledning', 'helsestasjon', 'nyfødte', 'foreldreveiledning', 'svangerskap', 'tidlig innsats', 'barns utvikling', 'hjemmebesøk', 'jordmortjeneste'] },
	{ name: 'Utviklingshemming', description: 'Helse, kommunikasjon og tjenester for personer med utviklingshemming.', words: ['utviklingshemming', 'alternativ kommunikasjon', 'tvang og makt', 'helseoppfølging', 'boliger med bemanning', 'autisme', 'selvbestemmelse', 'atferdsanalyse', 'vernepleie', 'aktivitetstilbud'] },
	{ name: 'Kronisk sykdom', description: 'Oppfølging av diabetes, KOLS, hjertesvikt og andre langvarige sykdommer.', words: ['diabetes', 'KOLS', 'hjertesvikt', 'egenbehandling', 'lærings- og mestringskurs', 'blodsukker', 'inhalasjonsteknikk', 'væskebalanse', 'kronisk sykdom', 'pasientopplæring'] },
	{ name: 'Geriatri', description: 'Helse hos eldre: skrøpelighet, delirium, fall og sammensatte behov.', words: ['geriatri', 'skrøpelighet', 'delirium', 'polyfarmasi', 'fall hos eldre', 'funksjonssvikt', 'geriatrisk vurdering', 'eldre pasienter', 'sammensatte behov', 'aldring'] },
	{ name: 'Kommunikasjon', description: 'Samtaler med pasienter og pårørende, tolk og språk og vanskelige samtaler.', words: ['kommunikasjon', 'vanskelige samtaler', 'tolk', 'helsekompetanse', 'klart språk', 'pårørendesamarbeid', 'samtaleteknikk', 'konflikthåndtering', 'veiledning', 'brukermedvirkning'] },
	{ name: 'Praksisveiledning', description: 'Veiledning av studenter og lærlinger i praksis og samarbeid med utdanningene.', words: ['praksisveiledning', 'studenter i praksis', 'lærlinger', 'veiledningspedagogikk', 'vurdering av studenter', 'praksisstudier', 'refleksjon', 'læringsmål', 'praksisveileder', 'hospitering'] },
	{ name: 'Dokumentasjon', description: 'Sykepleiedokumentasjon, journalføring, kartlegging og elektronisk pasientjournal.', words: ['dokumentasjon', 'journalføring', 'elektronisk pasientjournal', 'tiltaksplaner', 'kartleggingsverktøy', 'IPLOS', 'rapportering', 'taushetsplikt', 'personvern', 'kodeverk'] },
	{ name: 'Vold og overgrep', description: 'Å oppdage og håndtere vold, overgrep og omsorgssvikt i nære relasjoner.', words: ['vold i nære relasjoner', 'overgrep', 'omsorgssvikt', 'meldeplikt', 'avvergeplikt', 'traumebevisst omsorg', 'eldre utsatt for vold', 'kartlegging av vold', 'beredskap', 'samarbeid med politiet'] },
	{ name: 'Munnhelse', description: 'Munnstell, tannhelse og munnhelse hos eldre og pleietrengende.', words: ['munnhelse', 'munnstell', 'tannhelse', 'munntørrhet', 'tannproteser', 'tannhelsetjenesten', 'sopp i munnen', 'forebyggende munnstell', 'tannpuss', 'munnhygiene'] },
	{ name: 'Beredskap', description: 'Beredskapsplaner, kriseledelse og øvelser i helse- og omsorgstjenestene.', words: ['beredskap', 'beredskapsplan', 'kriseledelse', 'øvelser', 'strømbrudd', 'evakuering', 'pandemiberedskap', 'kontinuitetsplan', 'kriseinformasjon', 'risikoanalyse'] },
	{ name: 'Habilitering', description: 'Tverrfaglig habilitering for barn og voksne med medfødte eller tidlig ervervede tilstander.', words: ['habilitering', 'cerebral parese', 'tverrfaglig samarbeid', 'funksjonsnedsettelse', 'ansvarsgruppe', 'overgang til voksenlivet', 'motorisk trening', 'tilrettelegging', 'barnehabilitering', 'avlastning'] },
	{ name: 'Hjemmetjenester', description: 'Faglig arbeid i hjemmesykepleie og praktisk bistand.', words: ['hjemmesykepleie', 'hjemmetjenesten', 'praktisk bistand', 'brukerens hjem', 'ruteplanlegging', 'vedtak om tjenester', 'egenomsorg', 'kveldsvakt', 'hjemmebesøk', 'tjenestetildeling'] },
	{ name: 'Sykehjem', description: 'Fagutvikling, aktivitet og medisinsk oppfølging i sykehjem.', words: ['sykehjem', 'korttidsopphold', 'langtidsplass', 'aktivitetstilbud', 'tilsynslege', 'innkomstsamtale', 'beboere', 'miljøarbeid', 'livsglede', 'sykehjemsmedisin'] },
	{ name: 'Kvalitet og pasientsikkerhet', description: 'Pasientsikkerhetsarbeid, forbedringsmetoder og læring av uønskede hendelser.', words: ['pasientsikkerhet', 'uønskede hendelser', 'forbedringsmetoder', 'tiltakspakker', 'GTT-undersøkelse', 'sjekklister', 'risikovurdering', 'meldekultur', 'etterlevelse', 'kvalitetsindikatorer'] },
	{ name: 'Etikk', description: 'Etisk refleksjon, samtykke, tvang og prioriteringer i tjenestene.', words: ['etikk', 'etisk refleksjon', 'samtykkekompetanse', 'prioriteringer', 'etiske dilemmaer', 'refleksjonsgrupper', 'verdighet', 'autonomi', 'etikkomité', 'taushetsplikt'] },
	{ name: 'Folkehelse', description: 'Forebygging, helsefremming og frisklivstilbud i kommunene.', words: ['folkehelse', 'frisklivssentral', 'helsefremming', 'fysisk aktivitet', 'levevaner', 'ensomhet', 'forebyggende hjemmebesøk', 'livsstilsendring', 'røykeslutt', 'sosial ulikhet'] },
	{ name: 'Fysioterapi', description: 'Fysioterapi i kommunehelsetjenesten: trening, behandling og rådgivning.', words: ['fysioterapi', 'balansetrening', 'gangfunksjon', 'lungefysioterapi', 'muskelstyrke', 'smerteoppfølging', 'treningsprogram', 'ergonomi', 'bevegelighet', 'fysisk funksjon'] },
	{ name: 'Ergoterapi', description: 'Aktivitet, tilrettelegging og hjelpemidler i hverdagen.', words: ['ergoterapi', 'boligtilpasning', 'hverdagsaktiviteter', 'kognitive hjelpemidler', 'aktivitetsanalyse', 'arbeidsrettet rehabilitering', 'håndfunksjon', 'tilrettelegging i hjemmet', 'meningsfulle aktiviteter', 'sittestilling'] },
	{ name: 'Jordmortjenester', description: 'Svangerskapsomsorg, fødsel og barsel i samarbeid mellom kommune og sykehus.', words: ['svangerskapsomsorg', 'fødsel', 'jordmor', 'barsel', 'svangerskapsdiabetes', 'fødselsforberedelse', 'hjemmebesøk etter fødsel', 'fostervannsprøve', 'svangerskapskontroll', 'fødselsdepresjon'] },
	{ name: 'Lindrende kirurgi og anestesi', description: 'Smertelindring, sedasjon og prosedyrer i grenseflaten mellom sykehus og kommune.', words: ['anestesi', 'sedasjon', 'smertepumpe', 'subkutan infusjon', 'sentralt venekateter', 'veneport', 'postoperativ oppfølging', 'prosedyrer', 'sterilt utstyr', 'infusjonsbehandling'] },
];

/** Places: municipality-like names used for organisations, locations and text. */
export const PLACES = [
	'Lørenskog', 'Lillestrøm', 'Nittedal', 'Rælingen', 'Enebakk', 'Aurskog-Høland', 'Nes', 'Eidsvoll', 'Ullensaker', 'Gjerdrum',
	'Nannestad', 'Hurdal', 'Nordre Follo', 'Ås', 'Frogn', 'Nesodden', 'Vestby', 'Alna', 'Grorud', 'Stovner', 'Bjerke', 'Grünerløkka',
	'Sagene', 'Østensjø', 'Nordstrand', 'Søndre Nordstrand', 'Drammen', 'Asker', 'Bærum', 'Lier', 'Moss', 'Råde', 'Våler', 'Sarpsborg',
	'Fredrikstad', 'Halden', 'Indre Østfold', 'Skiptvet', 'Marker', 'Aremark', 'Hamar', 'Løten', 'Stange', 'Elverum', 'Kongsvinger',
	'Eidskog', 'Sør-Odal', 'Nord-Odal', 'Gran', 'Lunner', 'Jevnaker', 'Ringerike', 'Hole', 'Modum', 'Øvre Eiker', 'Kongsberg', 'Flesberg',
	'Holmestrand', 'Horten', 'Tønsberg', 'Færder', 'Sandefjord', 'Larvik', 'Porsgrunn', 'Skien', 'Bamble', 'Kragerø', 'Notodden', 'Gjøvik',
	'Østre Toten', 'Vestre Toten', 'Lillehammer', 'Øyer', 'Ringsaker', 'Sigdal', 'Krødsherad', 'Rollag', 'Nore og Uvdal', 'Hol', 'Ål',
];

/** Regions (organisation `region`, a catalogue and search facet). */
export const REGIONS = ['Nedre Romerike', 'Øvre Romerike', 'Follo', 'Oslo øst', 'Glåmdal', 'Vestfold', 'Buskerud', 'Østfold'];

export const FIRST_NAMES = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sofie', 'Jonas', 'Nora', 'Emil', 'Guro', 'Per', 'Hanne', 'Ahmed', 'Fatima', 'Marte', 'Sindre', 'Liv', 'Eirik', 'Silje', 'Thomas', 'Aisha', 'Mona', 'Trond', 'Camilla', 'Henrik', 'Ragnhild', 'Mohammed', 'Astrid', 'Kristoffer', 'Tuva', 'Bjørn'];
export const LAST_NAMES = ['Nilsen', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Berg', 'Haugen', 'Eriksen', 'Lunde', 'Bakken', 'Solberg', 'Strand', 'Moen', 'Halvorsen', 'Dahl', 'Lie', 'Kristiansen', 'Ali', 'Khan', 'Sæther', 'Aas', 'Holm', 'Vik', 'Myhre', 'Jacobsen', 'Nygård', 'Hagen', 'Brekke'];
export const ROLES = ['Fagutviklingssykepleier', 'Kommuneoverlege', 'Rådgiver', 'Avdelingsleder', 'Prosjektleder', 'Kommunikasjonsrådgiver', 'Seksjonsleder', 'Fagkonsulent', 'Praksiskoordinator', 'Spesialsykepleier'];

export const COURSE_KINDS = ['Grunnkurs i', 'Fordypningskurs i', 'Kurs i', 'Introduksjon til', 'Oppfriskningskurs i', 'Praktisk trening i', 'Ferdighetskurs i', 'Veiledningsgruppe i', 'Temadag om', 'Kursrekke om'];
export const ELEARNING_KINDS = ['E-læring:', 'E-læringskurs i', 'Nettkurs i', 'Digitalt kurs i'];
export const EVENT_KINDS = ['Fagdag om', 'Webinar om', 'Nettverksmøte:', 'Konferanse om', 'Frokostmøte om', 'Workshop om', 'Erfaringsseminar om', 'Åpent møte om', 'Fagforum:', 'Temakveld om'];
export const TITLE_TAILS = ['for sykepleiere', 'for helsefagarbeidere', 'i hjemmetjenesten', 'i sykehjem', 'for ledere', 'for nyansatte', 'i kommunehelsetjenesten', 'for leger', 'i praksis', 'for studenter', 'på tvers av nivåene', 'for miljøterapeuter'];
export const SEASONS = ['våren', 'høsten', 'vinteren', 'sommeren'];

export const NEWS_OPENERS = ['Nytt tilbud om', 'Godt i gang med', 'Erfaringer med', 'Satsing på', 'Ny veileder om', 'Flere får opplæring i', 'Evaluering av', 'Nettverk for', 'Rekordstor interesse for', 'Felles prosjekt om', 'Nye tall om', 'Samarbeid om'];

export const SUBJECTS = [
	'Kurset', 'Deltakerne', 'Vi', 'Undervisningen', 'Fagdagen', 'Kommunen', 'Sykehuset', 'Prosjektgruppen', 'Ansatte i hjemmetjenesten', 'Ledere og fagutviklere',
	'Sykepleiere og helsefagarbeidere', 'Veilederne', 'Teamet', 'Foreleserne', 'Erfarne klinikere', 'Arbeidsgruppen', 'Nettverket', 'Bydelen', 'Utviklingssenteret', 'Pasienter og pårørende',
];
export const VERBS = [
	'gir en grundig innføring i', 'legger vekt på', 'tar for seg', 'gjennomgår', 'viser hvordan man arbeider med', 'drøfter', 'trener på', 'deler erfaringer med',
	'har utviklet nye rutiner for', 'ser nærmere på', 'oppsummerer kunnskapen om', 'setter søkelys på', 'knytter teori til praksis innen', 'bygger videre på arbeidet med',
	'presenterer ny forskning om', 'har fått midler til arbeid med', 'evaluerer tiltak innen', 'samarbeider tett om', 'styrker kompetansen i', 'lærer av hverandre om',
];
export const CONTEXTS = [
	'i kommunehelsetjenesten', 'på sykehjem og i hjemmetjenesten', 'i samarbeid med sykehuset', 'på tvers av kommunegrensene', 'gjennom case og refleksjon',
	'med utgangspunkt i nasjonale faglige retningslinjer', 'i tett dialog med brukerne', 'med vekt på praktiske øvelser', 'i små grupper', 'gjennom simulering',
	'med erfarne fagpersoner', 'i hverdagen på avdelingen', 'ved overgangen fra sykehus til hjem', 'i tråd med kvalitetsforskriften', 'sammen med pårørende',
	'etter anbefalingene fra Helsedirektoratet', 'i nært samarbeid med fastlegene', 'i alle ledd av tjenesten', 'gjennom hele pasientforløpet', 'på kveld og natt',
];
export const FOLLOW_UPS = [
	'Det gir tryggere pasienter og mer fornøyde ansatte.', 'Målet er at kunnskapen tas i bruk allerede dagen etter.', 'Erfaringene så langt er svært gode.',
	'Mange har etterspurt et slikt tilbud over lengre tid.', 'Tilbakemeldingene fra deltakerne har vært positive.', 'Arbeidet er forankret i ledelsen.',
	'Alle deltakere får kursbevis.', 'Det blir god tid til spørsmål og diskusjon.', 'Materiellet kan brukes videre på egen arbeidsplass.',
	'Undervisningen tar utgangspunkt i situasjoner deltakerne kjenner igjen.', 'Flere kommuner vurderer nå å gjøre det samme.', 'Resultatene skal presenteres til høsten.',
	'Ordningen evalueres etter ett år.', 'Deltakerne forbereder seg med en kort e-læringsmodul.', 'Kurset er godkjent som tellende i videreutdanningen.',
];
export const QUOTES = [
	'– Vi ser at kunnskap og trygghet henger tett sammen, sier {name}.', '– Dette er et løft for hele tjenesten, sier {name}.',
	'– Vi lærer mye av å møtes på tvers, forteller {name}.', '– Pasientene merker forskjellen, sier {name}, {role} i {place}.',
	'– Det viktigste er at vi gjør det sammen, understreker {name}.', '– Vi håper enda flere melder seg på neste gang, sier {name}.',
];
export const HEADINGS_COURSE = ['Innhold', 'Hva lærer du?', 'Praktisk informasjon', 'Målgruppe og forkunnskaper', 'Slik foregår kurset', 'Program', 'Om undervisningen', 'Etter kurset'];
export const HEADINGS_EVENT = ['Program', 'Praktisk informasjon', 'Hvem passer det for?', 'Foredragsholdere', 'Om arrangementet', 'Påmelding'];
export const HEADINGS_NEWS = ['Bakgrunn', 'Hovedfunn', 'Veien videre', 'Erfaringer', 'Slik jobber de', 'Mer informasjon'];
export const LIST_ITEMS = [
	'kartlegging og vurdering', 'tiltak og oppfølging', 'dokumentasjon i journal', 'samarbeid med pårørende', 'etiske vurderinger', 'bruk av sjekklister',
	'kommunikasjon i team', 'rapportering etter ISBAR', 'egen praksis og refleksjon', 'gode rutiner på avdelingen', 'lovverk og retningslinjer', 'forebygging i hverdagen',
	'trening på ferdigheter', 'gruppearbeid med case', 'oppsummering og evaluering', 'veiledning av kolleger', 'brukermedvirkning', 'kvalitetsindikatorer',
];
export const STREETS = ['Storgata', 'Kirkeveien', 'Sykehusveien', 'Rådhusplassen', 'Jernbanegata', 'Skolegata', 'Parkveien', 'Torget', 'Fjellveien', 'Strandgata', 'Helsetunet', 'Kongens gate'];
export const FACILITIES = ['simulering', 'ferdighetslab', 'auditorium', 'møterom', 'teleslynge', 'universell utforming', 'videokonferanse', 'parkering', 'kantine', 'grupperom'];
export const LOCATION_KINDS = ['Opplæringssenteret i', 'Simuleringssenteret', 'Møtesalen i', 'Kompetansesenteret i', 'Auditoriet,', 'Læringssenteret i', 'Helsehuset i', 'Kulturhuset i'];

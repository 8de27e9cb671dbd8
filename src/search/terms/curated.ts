import type { SiteLanguage } from '../../schemas/enums.ts';

/**
 * Words the compound splitter knows even when the content never uses them on their own: the
 * parts of the health and care compounds staff search for (`legemiddel|håndtering`,
 * `amme|veiledning`, `ernæring|s|screening`, `velferd|s|teknologi`, `medisin|dispenser`). Small on purpose: the lexicon is mostly derived
 * from the content (`lexicon.ts`); a word here may be as short as three letters. (Kept as
 * running text: one word a line would make a list of two hundred lines.)
 */
// prettier-ignore
export const CURATED_WORDS: Record<SiteLanguage, readonly string[]> = {
	nb: [
		'amme', 'arbeid', 'arbeider', 'avdeling', 'behandling', 'beboer', 'bruk', 'bruker', 'dokumentasjon', 'demens', 'dispenser',
		'ernæring', 'fag', 'feil', 'ferdighet', 'forebygging', 'helse', 'håndtering', 'kartlegging', 'kommune', 'kompetanse', 'konferanse',
		'kurs', 'lege', 'legemiddel', 'leder', 'ledelse', 'medisin', 'nettverk', 'omsorg', 'oppfølging', 'opplæring', 'pasient',
		'plan', 'pleie', 'pleier', 'praksis', 'program', 'pårørende', 'rehabilitering', 'rus', 'samhandling', 'samtale',
		'screening', 'senter', 'simulering', 'smittevern', 'sykehjem', 'sykehus', 'sykepleie', 'sykepleier', 'team',
		'teknologi', 'tiltak', 'tjeneste', 'utdanning', 'veileder', 'veiledning', 'velferd', 'vurdering',
	],
	nn: [
		'amme', 'arbeid', 'arbeidar', 'avdeling', 'behandling', 'bebuar', 'bruk', 'brukar', 'dokumentasjon', 'demens', 'dispenser',
		'ernæring', 'fag', 'feil', 'ferdigheit', 'førebygging', 'handsaming', 'helse', 'kartlegging', 'kommune', 'kompetanse', 'konferanse',
		'kurs', 'lege', 'legemiddel', 'leiar', 'leiing', 'medisin', 'nettverk', 'omsorg', 'oppfølging', 'opplæring', 'pasient',
		'plan', 'pleie', 'pleiar', 'praksis', 'program', 'pårørande', 'rehabilitering', 'rettleiar', 'rettleiing', 'rus',
		'samhandling', 'samtale', 'screening', 'senter', 'simulering', 'sjukeheim', 'sjukehus', 'sjukepleie',
		'sjukepleiar', 'smittevern', 'team', 'teknologi', 'tiltak', 'teneste', 'utdanning', 'velferd', 'vurdering',
	],
	sv: [
		'amning', 'anhörig', 'arbete', 'bruk', 'avdelning', 'behandling', 'bedömning', 'boende', 'brukare', 'chef', 'demens',
		'dispenser', 'dokumentation', 'fel', 'hantering', 'handledare', 'handledning', 'hälsa', 'kommun', 'kompetens', 'konferens',
		'kost', 'kurs', 'läkare', 'läkemedel', 'ledare', 'ledarskap', 'medicin', 'nutrition', 'nätverk', 'näring', 'omsorg',
		'patient', 'plan', 'praktik', 'program', 'rehabilitering', 'samverkan', 'screening', 'sjukhus', 'sjukvård',
		'sköterska', 'smittskydd', 'team', 'teknik', 'tjänst', 'uppföljning', 'utbildning', 'välfärd', 'vård', 'åtgärd',
	],
};

/**
 * Function words that end many unrelated words (`send|ingen`, `helsetje|nesten`): never the last
 * part of a split, so that a search for them does not find every word that happens to end so;
 * a first part only when five letters or longer (`under|ernæring`, not `inne|holder`).
 */
// prettier-ignore
export const NOT_A_PART: Record<SiteLanguage, readonly string[]> = {
	nb: ['alle', 'andre', 'bare', 'både', 'denne', 'dere', 'deres', 'dette', 'disse', 'egen', 'egne', 'eller', 'etter', 'ikke', 'ingen', 'inne', 'kunne', 'mellom', 'mens', 'neste', 'nesten', 'noen', 'også', 'over', 'samt', 'siden', 'skal', 'under', 'være'],
	nn: ['alle', 'andre', 'berre', 'både', 'denne', 'dette', 'desse', 'eigen', 'eigne', 'eller', 'etter', 'ikkje', 'ingen', 'inne', 'kunne', 'mellom', 'medan', 'neste', 'nesten', 'nokon', 'også', 'over', 'samt', 'sidan', 'skal', 'under', 'vere'],
	sv: ['alla', 'andra', 'bara', 'både', 'denna', 'detta', 'dessa', 'egen', 'egna', 'eller', 'efter', 'inte', 'ingen', 'inne', 'kunna', 'mellan', 'medan', 'nästa', 'nästan', 'någon', 'också', 'sedan', 'över', 'samt', 'skall', 'under', 'vara'],
};

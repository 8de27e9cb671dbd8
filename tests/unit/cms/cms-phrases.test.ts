import { describe, expect, it } from 'vitest';
import { type Phrases, sitePhrases, tablePhrases } from '../../../cms/phrases.ts';
import { tables } from '../../../src/i18n/index.ts';
import { SITE_LANGUAGES } from '../../../src/schemas/enums.ts';

// Decap's own locales, the exact version bundled in decap-cms (pinned by decap-cms-app).
const decapLocale = async (name: string): Promise<Phrases> =>
	(await import(`../../../node_modules/decap-cms-locales/dist/esm/${name}/index.js`)).default;
const english = await decapLocale('en');

const flat = (phrases: Phrases, prefix = ''): [string, string][] =>
	Object.entries(phrases).flatMap(([key, value]) =>
		typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flat(value, `${prefix}${key}.`),
	);

/** English phrases that read the same in the site's languages (placeholders, names, symbols). */
const SAME_IN_EVERY_LANGUAGE = new Set(['Status: %{status}', '%{details}', '%{date}', 'Markdown', 'Media']);

/** The review states, named once; README and docs/operations.md use these names. */
const REVIEW_STATES = {
	nb: ['Kladd', 'Til godkjenning', 'Klar'],
	nn: ['Kladd', 'Til godkjenning', 'Klar'],
	sv: ['Utkast', 'Till granskning', 'Klar'],
};

describe.each(SITE_LANGUAGES)('Decap phrases for a %s site', (lang) => {
	const table = tables[lang];

	it('has every phrase of Decap in the site language: none missing, none left in English', async () => {
		const phrases = new Map(flat(sitePhrases(english, await decapLocale(table['cms.locale']), table)));
		const englishLeft = flat(english).filter(([key, value]) => phrases.get(key) === value && !SAME_IN_EVERY_LANGUAGE.has(value));
		expect(englishLeft.map(([key, value]) => `${key} = ${value}`)).toEqual([]);
		expect(flat(english).filter(([key]) => !phrases.has(key))).toEqual([]);
	});

	it('names each review state the same on the board, in the status menu and in messages', async () => {
		const phrases = sitePhrases(english, await decapLocale(table['cms.locale']), table) as Record<
			string,
			Record<string, Record<string, string>>
		>;
		const [draft, review, ready] = REVIEW_STATES[lang];
		const { editorToolbar } = phrases.editor;
		const { workflowList } = phrases.workflow;
		expect([editorToolbar.draft, editorToolbar.inReview, editorToolbar.ready]).toEqual([draft, review, ready]);
		expect([workflowList.draftHeader, workflowList.inReviewHeader, workflowList.readyHeader]).toEqual([draft, review, ready]);
		expect(phrases.editor.editor.onPublishingNotReady).toContain(ready);
		expect(workflowList.onPublishingNotReadyEntry).toContain(ready);
		expect(editorToolbar.statusInfoTooltipDraft).toContain(review);
	});

	it('words the one commit status the CMS shows as the checks, not as a deploy preview', async () => {
		const decap = flat(await decapLocale(table['cms.locale']));
		const phrases = new Map(flat(sitePhrases(english, await decapLocale(table['cms.locale']), table)));
		const keys = ['editor.editorToolbar.deployPreviewButtonLabel', 'editor.editorToolbar.deployPreviewPendingButtonLabel'];
		for (const key of keys) {
			expect(phrases.get(key)).toBe(table[`cms.ui.${key}` as keyof typeof table]);
			expect(phrases.get(key), key).not.toBe(new Map(decap).get(key));
			expect(phrases.get(key), key).not.toMatch(/forhåndsvisning|førehandsvisning|förhandsvisning/i);
			expect(phrases.get(key), key).toMatch(/sjekk|kontroll/i);
		}
		// Passed: a link to the log; pending and failed share one refresh button, so its words cover both.
		expect(phrases.get(keys[0])).toMatch(/logg/i);
		expect(phrases.get(keys[1])).toMatch(/feil|misslyck/i);
	});

	it('only overrides phrases Decap has (a renamed phrase path would silently do nothing)', () => {
		const known = new Set(flat(english).map(([key]) => key));
		expect(flat(tablePhrases(table)).filter(([key]) => !known.has(key))).toEqual([]);
	});
});

/**
 * `npm run digest -- --since <YYYY-MM-DD> [--until <date>] [--region <slug>] [--topic <slug>]
 * [--format html|text] [--out <file>]`: an e-mail-ready digest of what was published or updated
 * in the window (see src/digest/ and src/whats-new/), from the content folder (`KB_CONTENT_DIR`,
 * drafts left out). `--until` defaults to today in the site's time zone (`KB_NOW` sets "now"),
 * `--format` to html, `--out` to standard output. Messages are in the site's language. Exit 0
 * when written, and when the window holds nothing (said on stderr, nothing written); 1 when the
 * content has errors or the file cannot be written; 2 for bad arguments.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeDigest } from '../src/digest/digest.ts';
import { loadContent } from '../src/digest/content.ts';
import { digestHtml } from '../src/digest/html.ts';
import { digestText } from '../src/digest/text.ts';
import { contentDir } from '../src/context/load-context.ts';
import { type Translate, useTranslations } from '../src/i18n/index.ts';
import { siteRegion } from '../src/regions/region-filter.ts';
import { formatReport } from '../src/validation/problem.ts';
import { siteLanguage } from '../src/validation/source.ts';
import { isLocalDate, localDate } from '../src/lib/local-date.ts';

const FORMATS = ['html', 'text'] as const;

/** Thrown for a bad command line: its message is shown with the usage line, exit 2. */
class UsageError extends Error {}

/** The command line's options, or a `UsageError` worded in the site's language. */
function parseCommandLine(t: Translate, args: string[]) {
	try {
		const { values } = parseArgs({
			args,
			options: {
				since: { type: 'string' },
				until: { type: 'string' },
				region: { type: 'string' },
				topic: { type: 'string' },
				format: { type: 'string', default: 'html' },
				out: { type: 'string' },
			},
		});
		return values;
	} catch (error) {
		// Node words these in English; say them in the site's language, naming what it quoted.
		const { code, message } = error as NodeJS.ErrnoException;
		const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(t('digest.error.option', { option: quoted }));
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(t('digest.error.positional', { value: quoted }));
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(t('digest.error.value', { option: quoted.split(' ')[0] }));
		throw error;
	}
}

function run(t: Translate, args: string[]): number {
	const options = parseCommandLine(t, args);
	if (!options.since) throw new UsageError(t('digest.error.since'));
	for (const option of ['since', 'until'] as const) {
		const value = options[option];
		if (value !== undefined && !isLocalDate(value)) throw new UsageError(t('digest.error.date', { option: `--${option}`, value }));
	}
	const format = options.format as (typeof FORMATS)[number];
	if (!FORMATS.includes(format)) throw new UsageError(t('digest.error.format', { value: options.format ?? '' }));
	// A bad window is a bad command line, whatever the content: said before the content is read.
	const since = options.since;
	const order = (until: string) => {
		if (until < since) throw new UsageError(t('digest.error.order', { since, until }));
	};
	if (options.until !== undefined) order(options.until);

	const content = loadContent();
	if (!content.ok) {
		console.error(t('digest.error.content', { dir: content.dir }));
		console.error(
			formatReport(
				content.validation.problems.filter((p) => p.severity === 'error'),
				t,
			),
		);
		return 1;
	}
	const { context, index } = content;
	const until = options.until ?? localDate(context.now, context.site.timezone);
	order(until);
	const { region, topic } = options;
	// Only the regions of site.yaml: they have the region feeds the digest links to.
	const { regions } = context.site;
	if (region !== undefined && regions.length === 0) throw new UsageError(t('digest.error.noRegions'));
	if (region !== undefined && !siteRegion(regions, region))
		throw new UsageError(t('digest.error.region', { value: region, known: regions.map((r) => r.slug).join(', ') }));
	if (topic !== undefined && !index.topics.has(topic))
		throw new UsageError(t('digest.error.topic', { value: topic, known: [...index.topics.keys()].join(', ') || '–' }));

	const digest = makeDigest(context, index, { since, until, region, topic });
	if (digest.count === 0) {
		const scope = digest.scope ? ` (${digest.scope})` : '';
		console.error(t('digest.empty', { since: context.format.date(since), until: context.format.date(until), scope }));
		return 0;
	}
	const output = format === 'html' ? digestHtml(digest) : digestText(digest);
	if (options.out) {
		try {
			writeFileSync(options.out, output);
		} catch (error) {
			console.error(t('digest.error.write', { file: options.out, reason: (error as Error).message }));
			return 1;
		}
		console.error(t(digest.count === 1 ? 'digest.written.one' : 'digest.written', { count: digest.count, file: options.out }));
	} else {
		process.stdout.write(output);
	}
	return 0;
}

// The site's language, read before anything else so that even a bad command line is answered in it.
const site = join(contentDir(), 'site.yaml');
const t = useTranslations(existsSync(site) ? siteLanguage(site) : 'nb');
try {
	process.exitCode = run(t, process.argv.slice(2));
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(error.message);
	console.error(t('digest.usage'));
	process.exitCode = 2;
}

/**
 * `npm run smoke -- <url> [--commit <sha>] [--wait <seconds>]`: checks a deployed site. Requests
 * the home page, `/build.json`, a course page (the first in the course catalogue), the search
 * index entry and the calendar feed, and exits 1 naming every check that failed. The build is
 * stale when `/build.json` names another commit than `--commit` (default: `HEAD` of this checkout,
 * else GITHUB_SHA / CI_COMMIT_SHA). `--wait` retries every 10 s for that long (CDN propagation).
 * Route segments come from the language of the local `site.yaml` (`KB_CONTENT_DIR` applies).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { useTranslations } from '../src/i18n/index.ts';
import { type BuildInfo, currentCommit } from '../src/lib/build-info.ts';
import type { CatalogueData } from '../src/catalogue/catalogue-page.ts';
import { loadSiteConfig } from '../src/context/load-context.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { commit: { type: 'string' }, wait: { type: 'string', default: '0' } },
});
const waitSeconds = Number(values.wait);
if (positionals.length !== 1 || !URL.canParse(positionals[0]) || !(waitSeconds >= 0)) {
	console.error('Bruk: npm run smoke -- <url> [--commit <sha>] [--wait <sekunder>]');
	process.exit(2);
}
const base = new URL(positionals[0].replace(/\/?$/, '/'));
const expected = values.commit ?? currentCommit(process.cwd(), process.env);
if (expected === 'unknown') {
	console.error(
		'Røyktesten vet ikke hvilken commit som er den siste (ingen git-mappe, GITHUB_SHA eller CI_COMMIT_SHA): oppgi --commit <sha>.',
	);
	process.exit(1);
}
const t = useTranslations(loadSiteConfig().language);
const short = (sha: string) => sha.slice(0, 7);

/** The body of a site path (relative to the URL, so a site under a sub-path works); throws on anything but 2xx. */
async function get(path: string): Promise<string> {
	const url = new URL(path.replace(/^\//, ''), base);
	let response: Response;
	try {
		response = await fetch(url, { headers: { 'cache-control': 'no-cache' }, signal: AbortSignal.timeout(15_000) });
	} catch (error) {
		const { cause } = error as { cause?: { code?: string; message?: string } };
		throw new Error(`${url.pathname} svarte ikke (${cause?.code ?? cause?.message ?? (error as Error).message})`, { cause: error });
	}
	if (!response.ok) throw new Error(`${url.pathname} svarte HTTP ${response.status}`);
	return response.text();
}

async function getJson<T>(path: string): Promise<T> {
	const text = await get(path);
	try {
		return JSON.parse(text) as T;
	} catch {
		throw new Error(`${path} er ikke gyldig JSON`);
	}
}

/** Each check resolves to a short note for the report, or throws what is wrong. */
const CHECKS: [what: string, check: () => Promise<string>][] = [
	[
		'forsiden',
		async () => {
			if (!/<html[\s>]/i.test(await get('/'))) throw new Error('/ er ikke en HTML-side');
			return '/';
		},
	],
	[
		'byggeinformasjonen',
		async () => {
			// A unique query string gets past CDN caches that still hold the previous build.json.
			const info = await getJson<BuildInfo>(`/build.json?t=${Date.now()}`);
			const fresh = info.commit === expected || (expected.length >= 7 && info.commit.startsWith(expected));
			if (!fresh)
				throw new Error(`utdatert: nettstedet er bygget fra ${short(info.commit)} (${info.builtAt}), siste commit er ${short(expected)}`);
			return `commit ${short(info.commit)}, bygget ${info.builtAt}`;
		},
	],
	[
		'en kursside',
		async () => {
			const catalogue = await getJson<CatalogueData>(`/${t('route.courses')}/katalog.json`);
			const slug = catalogue.items?.[0]?.[0];
			if (!slug) throw new Error('kurskatalogen er tom');
			const path = `${catalogue.base}${slug}/`;
			if (!/<html[\s>]/i.test(await get(path))) throw new Error(`${path} er ikke en HTML-side`);
			return path;
		},
	],
	[
		'søkeindeksen',
		async () => {
			const entry = await getJson<{ languages?: Record<string, { hash: string; page_count: number }> }>('/pagefind/pagefind-entry.json');
			const [index] = Object.values(entry.languages ?? {});
			if (!index?.page_count) throw new Error('søkeindeksen har ingen sider');
			await get(`/pagefind/pagefind.${index.hash}.pf_meta`);
			return `${index.page_count} sider`;
		},
	],
	[
		'kalenderen',
		async () => {
			const path = `/${t('route.calendar')}.ics`;
			if (!(await get(path)).startsWith('BEGIN:VCALENDAR')) throw new Error(`${path} er ikke en iCalendar-fil`);
			return path;
		},
	],
];

const runChecks = () =>
	Promise.all(
		CHECKS.map(([what, check]) =>
			check().then(
				(note) => ({ what, ok: true, note }),
				(error: Error) => ({ what, ok: false, note: error.message }),
			),
		),
	);

const deadline = Date.now() + waitSeconds * 1000;
let results = await runChecks();
while (results.some((r) => !r.ok) && Date.now() < deadline) {
	console.log(
		`Ikke klar ennå (${results
			.filter((r) => !r.ok)
			.map((r) => r.what)
			.join(', ')}); prøver igjen om 10 s …`,
	);
	await sleep(10_000);
	results = await runChecks();
}

for (const { what, ok, note } of results) (ok ? console.log : console.error)(`${ok ? 'ok  ' : 'feil'}  ${what}: ${note}`);
const failed = results.filter((r) => !r.ok).map((r) => r.what);
if (failed.length) {
	console.error(`Røyktesten feilet for ${base.href}: ${failed.join(', ')}.`);
	process.exitCode = 1;
} else {
	console.log(`Røyktesten er bestått: ${base.href} er oppe og bygget fra siste commit (${short(expected)}).`);
}

/**
 * `npm run check:content [-- --dir <folder>] [--json]`: validates a content folder without
 * building. One line per problem (`file:line: field: message`), grouped by file, then a summary;
 * exit 1 on errors. Warnings (exit 0) point at things worth a look. Worded in the site's language
 * (`site.yaml`'s `language`).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, resolveNow } from '../src/context/load-context.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { formatReport } from '../src/validation/problem.ts';
import { validateContent } from '../src/validation/validate.ts';
import { contentWarnings } from '../src/validation/warnings.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, json: { type: 'boolean', default: false } } });
const dir = values.dir ? resolve(values.dir) : contentDir();
const result = validateContent(dir);
const problems = [
	...result.problems,
	...(result.problems.some((p) => p.severity === 'error') ? [] : contentWarnings(result, resolveNow())),
];
const errors = problems.filter((p) => p.severity === 'error').length;

if (values.json) {
	console.log(JSON.stringify({ dir, errors, warnings: problems.length - errors, problems }, null, 2));
} else {
	const t = useTranslations(result.lang);
	console.log(t('validation.report.checking', { dir }));
	console.log(formatReport(problems, t));
}
process.exitCode = errors ? 1 : 0;

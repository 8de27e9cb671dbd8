import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../utils/paths.ts';

const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
/** npm's own commands the pipelines may use besides scripts. */
const NPM_COMMANDS = ['ci'];

/** Every string anywhere in a parsed YAML document. */
const strings = (node: unknown): string[] =>
	typeof node === 'string' ? [node] : node && typeof node === 'object' ? Object.values(node).flatMap(strings) : [];

/** `npm run x` → x, `npm test` → test, in every command of a pipeline. */
const npmCommands = (doc: unknown) => strings(doc).flatMap((s) => [...s.matchAll(/(?<![\w./-])npm (?:run )?([\w:-]+)/g)].map((m) => m[1]));

interface Workflow {
	on: { push: { branches: string[] }; schedule: { cron: string }[]; workflow_dispatch: unknown };
	jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}

describe('.github/workflows/deploy.yml', () => {
	const workflow = parse(read('.github/workflows/deploy.yml')) as Workflow;
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

	it('runs on pushes to main, nightly and by hand', () => {
		expect(workflow.on.push.branches).toEqual(['main']);
		expect(workflow.on.schedule[0].cron).toMatch(/^\d+ \d+ \* \* \*$/);
		expect('workflow_dispatch' in workflow.on).toBe(true);
	});

	it('checks, tests and builds before deploying with the official Pages actions, and smoke-tests last', () => {
		const order = steps.map((s) => s.run ?? s.uses?.split('@')[0]);
		const at = (step: string) => order.indexOf(step);
		expect(at('npm run check:content')).toBeGreaterThan(at('npm ci'));
		expect(at('npm run test:ci')).toBeGreaterThan(at('npm run check:content'));
		expect(at('actions/upload-pages-artifact')).toBeGreaterThan(at('npm run build'));
		expect(at('actions/deploy-pages')).toBeGreaterThan(at('actions/upload-pages-artifact'));
		expect(order.at(-1)).toMatch(/^npm run smoke -- /);
	});
});

/** What a pull or merge request must pass, in this order, after `npm ci`. */
const REVIEW = ['npm run check:types', 'npm run lint', 'npm run format:check', 'npm run test:ci'];

describe('.github/workflows/pull-request.yml', () => {
	const workflow = parse(read('.github/workflows/pull-request.yml')) as {
		on: Record<string, unknown>;
		permissions: Record<string, string>;
		jobs: Record<string, { 'runs-on': string; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
	};
	const jobs = Object.values(workflow.jobs);

	it('runs on pull requests only, and may only read the repository', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
	});

	it('installs from the lock on Node 24, then checks types, lints, checks formatting and runs the unit and build tests', () => {
		expect(jobs).toHaveLength(1);
		const [job] = jobs;
		expect(job['runs-on']).toBe('ubuntu-latest');
		expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
		expect(job.steps.flatMap((s) => s.run ?? [])).toEqual(['npm ci', ...REVIEW]);
	});

	it('builds and deploys nothing', () => {
		const uses = jobs.flatMap((job) => job.steps.flatMap((s) => s.uses ?? []));
		expect(uses.filter((u) => /pages|deploy|upload/.test(u))).toEqual([]);
	});
});

interface Rule {
	if?: string;
	when?: string;
}
type Variables = Record<string, string | undefined>;
interface Job {
	stage?: string;
	script?: string[];
	artifacts?: { paths: string[] };
	rules?: Rule[];
}

/**
 * GitLab's `rules:if` for the forms the pipeline uses: `$A == $B`, `$A == "text"`, `!=`, joined by
 * `&&` or `||` (no parentheses). Anything else throws, so a new form needs this updated first.
 */
function holds(expression: string, vars: Variables): boolean {
	if (expression.includes('||')) return expression.split('||').some((part) => holds(part, vars));
	if (expression.includes('&&')) return expression.split('&&').every((part) => holds(part, vars));
	const m = /^\s*\$(\w+)\s*(==|!=)\s*(?:\$(\w+)|"([^"]*)")\s*$/.exec(expression);
	if (!m) throw new Error(`rules:if not understood by this test: ${expression}`);
	const [, left, op, rightVar, rightText] = m;
	const equal = vars[left] === (rightVar === undefined ? rightText : vars[rightVar]) && vars[left] !== undefined;
	return op === '==' ? equal : !equal;
}

/** Whether `rules` admit a pipeline or job: the first rule that matches decides; none matching means no. */
const admits = (rules: Rule[] | undefined, vars: Variables) => {
	if (!rules) return true;
	const rule = rules.find((r) => r.if === undefined || holds(r.if, vars));
	return rule !== undefined && rule.when !== 'never';
};

describe('.gitlab-ci.yml', () => {
	const pipeline = parse(read('.gitlab-ci.yml')) as Record<string, Job>;
	const KEYWORDS = ['image', 'stages', 'workflow', 'default', 'variables', 'include', 'cache', 'services'];
	const jobNames = Object.keys(pipeline).filter((key) => !KEYWORDS.includes(key) && !key.startsWith('.'));
	const contexts = {
		'merge request': { CI_PIPELINE_SOURCE: 'merge_request_event', CI_DEFAULT_BRANCH: 'main', CI_MERGE_REQUEST_IID: '7' },
		'push to main': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
		'schedule on main': { CI_PIPELINE_SOURCE: 'schedule', CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' },
		'push to another branch': { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_BRANCH: 'feature', CI_DEFAULT_BRANCH: 'main' },
	} satisfies Record<string, Variables>;
	/** The jobs of a pipeline run in that context ([] when the workflow admits no pipeline). */
	const jobsIn = (vars: Variables) =>
		admits(pipeline.workflow.rules, vars) ? jobNames.filter((name) => admits(pipeline[name].rules, vars)) : [];

	it('runs for merge requests and the default branch, never for pushes to other branches', () => {
		expect(jobsIn(contexts['push to another branch'])).toEqual([]);
		for (const context of ['merge request', 'push to main', 'schedule on main'] as const) {
			expect(jobsIn(contexts[context]), context).not.toEqual([]);
		}
	});

	it('checks a merge request with the review job alone: types, lint, formatting, unit and build tests', () => {
		expect(jobsIn(contexts['merge request'])).toEqual(['review']);
		expect(pipeline.review.stage).toBe('check');
		expect(pipeline.review.script).toEqual(REVIEW);
	});

	it('checks, builds, publishes and smoke-tests on the default branch only, without the review job', () => {
		for (const context of ['push to main', 'schedule on main'] as const) {
			expect(jobsIn(contexts[context]), context).toEqual(['check', 'build', 'pages', 'smoke']);
		}
	});

	it('publishes public/ from the job named pages, moved from dist/', () => {
		expect(pipeline.pages.artifacts?.paths).toEqual(['public/']);
		expect(pipeline.pages.script).toContain('rm -rf public && mv dist public');
	});

	it('smoke-tests the published site in the last stage', () => {
		const stages = pipeline.stages as unknown as string[];
		expect(pipeline.smoke.stage).toBe(stages.at(-1));
		expect(pipeline.smoke.script?.[0]).toMatch(/^npm run smoke -- "\$CI_PAGES_URL"/);
	});
});

describe.each([
	['.github/workflows/deploy.yml', 'build'],
	['.gitlab-ci.yml', 'build'],
	['.github/workflows/pull-request.yml', 'lint'],
])('%s', (file, expected) => {
	it('is valid YAML and names only npm scripts that exist', () => {
		const commands = npmCommands(parse(read(file)));
		expect(commands).toContain(expected);
		for (const command of commands) expect(NPM_COMMANDS.includes(command) || scripts.includes(command), `npm ${command}`).toBe(true);
	});
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REVIEW_STATUS_CONTEXT, cmsConfig } from '../../cms/config.ts';
import { loadSiteConfig } from '../../src/context/load-context.ts';
import { nb } from '../../src/i18n/nb.ts';
import { minimalFixture, projectRoot } from '../utils/paths.ts';

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

/** What every pull or merge request must pass (content, rights, build), in this order. */
const REVIEW = ['npm run check:content', 'npm run check:ownership', 'npm run build'];
/** The code checks: only for requests that change files outside content/ and public/uploads/. */
const CODE_CHECKS = ['npm run check:types', 'npm run lint', 'npm run format:check', 'npm run test:ci'];
/** The npm command a shell line runs (`npm run x -- args` → `npm run x`), if any. */
const npmRun = (line: string) => /(?<![\w./-])npm (?:run [\w:-]+|ci)/.exec(line)?.[0];

describe('.github/workflows/pull-request.yml', () => {
	const workflow = parse(read('.github/workflows/pull-request.yml')) as {
		on: Record<string, unknown>;
		permissions: Record<string, string>;
		jobs: Record<
			string,
			{
				'runs-on': string;
				env: Record<string, string>;
				steps: { run?: string; uses?: string; if?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];
			}
		>;
	};
	const jobs = Object.values(workflow.jobs);
	const [job] = jobs;
	const npmSteps = job.steps.filter((s) => s.run && npmRun(s.run));

	it('runs on pull requests only, may read the repository and post commit statuses, nothing else', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read', statuses: 'write' });
	});

	it('installs from the lock on Node 24 with the whole history (the target branch to compare with)', () => {
		expect(jobs).toHaveLength(1);
		expect(job['runs-on']).toBe('ubuntu-latest');
		expect(job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
		expect(job.steps.find((s) => s.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
		expect(npmSteps[0].run).toBe('npm ci');
	});

	it('checks content, rights (target branch, author and pusher of the request, committed head) and the build on every request', () => {
		const always = npmSteps.filter((s) => !s.if?.includes('steps.changes'));
		expect(always.map((s) => npmRun(s.run!))).toEqual([
			'npm ci',
			'npm run check:content',
			'npm run check:ownership',
			'npm run check:ownership',
			'npm run build',
		]);
		expect(job.env.BASE).toBe('origin/${{ github.base_ref }}');
		expect(job.env.AUTHOR).toBe('${{ github.event.pull_request.user.login }}');
		expect(job.env.PUSHER).toBe('${{ github.actor }}');
		const ownership = always.filter((s) => s.run!.startsWith('npm run check:ownership'));
		// --head HEAD: the work tree also holds what the job made (npm's cache), which is not content.
		expect(ownership.map((s) => s.run)).toEqual([
			'npm run check:ownership -- --base "$BASE" --head HEAD --editor "$AUTHOR"',
			'npm run check:ownership -- --base "$BASE" --head HEAD --editor "$PUSHER"',
		]);
		expect(ownership.map((s) => s.if)).toEqual(['${{ !cancelled() }}', '${{ !cancelled() && env.PUSHER != env.AUTHOR }}']);
	});

	it('still builds and runs the code checks when the rights check failed (a code request always fails it)', () => {
		const content = job.steps.find((s) => s.run === 'npm run check:content');
		expect(content?.id).toBe('content');
		// A step without `if` runs only when every step before it succeeded (`success()`).
		const after = npmSteps.slice(npmSteps.indexOf(content!) + 1);
		for (const step of after) expect(step.if, step.run).toMatch(/^\$\{\{ !cancelled\(\)( && .*)? \}\}$/);
		expect(after.find((s) => s.run === 'npm run build')?.if).toBe("${{ !cancelled() && steps.content.outcome == 'success' }}");
	});

	/**
	 * The npm steps that run, in order, when the commands whose line contains one of `failing` fail:
	 * GitHub's `if` for the forms this workflow uses (`success()` when there is none).
	 */
	function ranSteps(failing: string[], env: { AUTHOR: string; PUSHER: string }, code: boolean) {
		const outcome: Record<string, string> = {};
		const ran: string[] = [];
		let failed = false;
		const term = (t: string): boolean => {
			if (t === '!cancelled()') return true;
			const step = /^steps\.(\w+)\.outcome == '(\w+)'$/.exec(t);
			if (step) return outcome[step[1]] === step[2];
			if (t === "steps.changes.outputs.code == 'true'") return code;
			if (t === 'env.PUSHER != env.AUTHOR') return env.PUSHER.toLowerCase() !== env.AUTHOR.toLowerCase();
			throw new Error(`if not understood by this test: ${t}`);
		};
		for (const step of job.steps) {
			// `${{ }}` is optional in `if`; without a status function GitHub adds `success() &&`.
			const expression = step.if ? (/^\$\{\{ (.*) \}\}$/.exec(step.if)?.[1] ?? step.if) : undefined;
			const terms = expression?.split(' && ') ?? [];
			const runs = (terms.some((t) => /^!?(cancelled|always|failure|success)\(\)$/.test(t)) || !failed) && terms.every(term);
			if (!runs || !step.run || !npmRun(step.run)) continue;
			const line = step.run.replaceAll('"$PUSHER"', env.PUSHER).replaceAll('"$AUTHOR"', env.AUTHOR);
			ran.push(line);
			const ok = !failing.some((f) => line.includes(f));
			if (step.id) outcome[step.id] = ok ? 'success' : 'failure';
			failed ||= !ok;
		}
		return { ran: ran.map((line) => line.replace(/^npm run ([\w:-]+).*?(--editor \S+)?$/, (_, s, e) => (e ? `${s} ${e}` : s))), failed };
	}

	it('runs everything after a refused rights check, the build after a content error not', () => {
		const both = { AUTHOR: 'nils', PUSHER: 'nils' };
		const all = ['npm ci', 'check:content', 'check:ownership --editor nils', 'build', 'check:types', 'lint', 'format:check', 'test:ci'];
		expect(ranSteps(['check:ownership'], both, true)).toEqual({ ran: all, failed: true });
		expect(ranSteps([], both, true)).toEqual({ ran: all, failed: false });
		expect(ranSteps([], both, false)).toEqual({ ran: all.slice(0, 4), failed: false });
		expect(ranSteps(['check:content'], both, false)).toEqual({ ran: all.slice(0, 3), failed: true });
		// Someone else pushed: both must be allowed.
		expect(ranSteps(['--editor mallory'], { AUTHOR: 'nils', PUSHER: 'mallory' }, false)).toEqual({
			ran: ['npm ci', 'check:content', 'check:ownership --editor nils', 'check:ownership --editor mallory', 'build'],
			failed: true,
		});
		expect(ranSteps([], { AUTHOR: 'nils', PUSHER: 'Nils' }, false).ran).toEqual(all.slice(0, 4));
	});

	it('runs the code checks only when the request changes files outside content/ and public/uploads/', () => {
		const conditional = npmSteps.filter((s) => s.if);
		expect(conditional.filter((s) => s.if === "${{ !cancelled() && steps.changes.outputs.code == 'true' }}").map((s) => s.run)).toEqual(
			CODE_CHECKS,
		);
		const changes = job.steps.find((s) => s.id === 'changes');
		expect(changes?.run).toContain('git -c core.quotePath=false diff --name-only "$BASE" HEAD');
		expect(changes?.run).toContain("grep -qvE '^(content|public/uploads)/'");
		expect(job.steps.indexOf(changes!)).toBeLessThan(job.steps.findIndex((s) => s.run === 'npm run check:content'));
	});

	it('posts the commit status the CMS reads (preview_context), pending first and the result last, linking to the log', () => {
		const posts = job.steps.filter((s) => s.run?.includes('/statuses/'));
		expect(posts).toHaveLength(2);
		expect(job.steps.indexOf(posts[0])).toBeLessThan(job.steps.findIndex((s) => s.run === 'npm run check:content'));
		expect(job.steps.at(-1)).toBe(posts[1]);
		expect(posts[1].if).toBe('${{ !cancelled() }}');
		for (const post of posts) {
			expect(post.run).toContain('context="$(node scripts/review-status.ts context)"');
			expect(post.run).toContain('target_url="$LOG_URL"');
			expect(post.run).toMatch(/description="\$\(node scripts\/review-status\.ts "?\$?\w+"?\)"/);
		}
		expect(job.env.LOG_URL).toMatch(/^\$\{\{ github\.server_url \}\}\/.*\/actions\/runs\/\$\{\{ github\.run_id \}\}#$/);
		expect(posts[1].env?.STATE).toBe("${{ job.status == 'success' && 'success' || 'failure' }}");
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
	after_script?: string[];
	variables?: Record<string, string | number>;
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

	it('checks a merge request with the review job alone: content, rights (target branch, request author) and build', () => {
		expect(jobsIn(contexts['merge request'])).toEqual(['review']);
		expect(pipeline.review.stage).toBe('check');
		const script = pipeline.review.script ?? [];
		const always = script.filter((line) => npmRun(line) && !line.startsWith('if '));
		expect(always.map(npmRun)).toEqual(REVIEW);
		// --head HEAD: the work tree also holds npm's cache (.npm/), which is not content.
		expect(script).toContain(
			'npm run check:ownership -- --base "$BASE" --head HEAD --editor "$CI_MERGE_REQUEST_AUTHOR" || OWNERSHIP_FAILED=1',
		);
		expect(script).toContain(
			'if [ "$GITLAB_USER_LOGIN" != "$CI_MERGE_REQUEST_AUTHOR" ]; then npm run check:ownership -- --base "$BASE" --head HEAD --editor "$GITLAB_USER_LOGIN" || OWNERSHIP_FAILED=1; fi',
		);
		// A bare line that fails ends the script: the rights check must not stop the build and code checks.
		expect(script.filter((line) => /^npm run check:ownership(?!.*\|\| OWNERSHIP_FAILED=1$)/.test(line))).toEqual([]);
		expect(script.at(-1)).toBe('test -z "${CONTENT_FAILED:-}${OWNERSHIP_FAILED:-}"');
		expect(pipeline.review.variables).toMatchObject({ GIT_DEPTH: 0, BASE: 'origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME' });
		// Checked as merged into the target branch, which is fetched first.
		const at = (prefix: string) => script.findIndex((line) => line.startsWith(prefix));
		expect(at('git fetch')).toBeLessThan(at('git -c user.name=ci -c user.email=ci@localhost merge'));
		expect(at('git -c user.name=ci -c user.email=ci@localhost merge')).toBeLessThan(at('npm run check:content'));
	});

	it('runs the code checks in a merge request only when it changes files outside content/ and public/uploads/', () => {
		const script = pipeline.review.script ?? [];
		expect(script.filter((line) => line.startsWith('if git')).join()).toContain(
			"grep -qvE '^(content|public/uploads)/'; then CODE=true; fi",
		);
		const conditional = script.filter((line) => line.startsWith('if [ "${CODE:-}" = true ]; then '));
		expect(conditional.map(npmRun)).toEqual(CODE_CHECKS);
		// + the pusher's rights check.
		expect(script.filter((line) => npmRun(line)).length).toBe(REVIEW.length + 1 + CODE_CHECKS.length);
	});

	/**
	 * Runs the review job's script in bash as the runner does (`set -eo pipefail`, one shell for all
	 * lines), with `npm`, `git` and `sh` as shell functions: npm logs its arguments and fails when
	 * they contain one of `failing`; git reports one changed file (code or content).
	 */
	function runScript(failing: string[], vars: { CI_MERGE_REQUEST_AUTHOR: string; GITLAB_USER_LOGIN: string }, code: boolean) {
		const prelude = [
			'set -eo pipefail',
			'npm() { case "$2" in check:ownership) echo "$2 $8 $9";; *) echo "$2";; esac >> "$LOG"; for f in "${FAILING[@]}"; do case " $* " in *"$f"*) return 1;; esac; done; }',
			'git() { echo "$CHANGED"; }',
			'sh() { :; }',
		];
		const dir = mkdtempSync(join(tmpdir(), 'kb-gitlab-script-'));
		const log = join(dir, 'log');
		writeFileSync(log, '');
		try {
			const script = [...prelude, `FAILING=(${failing.map((f) => `'${f}'`).join(' ')})`, ...(pipeline.review.script ?? [])].join('\n');
			let failed = false;
			try {
				execFileSync('bash', ['-c', script], {
					env: { PATH: process.env.PATH, LOG: log, CHANGED: code ? 'src/x.ts' : 'content/x.mdx', BASE: 'origin/main', ...vars },
					stdio: 'pipe',
				});
			} catch {
				failed = true;
			}
			return { ran: readFileSync(log, 'utf8').trim().split('\n'), failed };
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}

	// Seven bash runs: seconds on a busy machine.
	it('runs everything after a refused rights check, the build after a content error not (the script in bash)', { timeout: 120_000 }, () => {
		const both = { CI_MERGE_REQUEST_AUTHOR: 'nils', GITLAB_USER_LOGIN: 'nils' };
		const all = ['check:content', 'check:ownership --editor nils', 'build', 'check:types', 'lint', 'format:check', 'test:ci'];
		expect(runScript(['check:ownership'], both, true)).toEqual({ ran: all, failed: true });
		expect(runScript([], both, true)).toEqual({ ran: all, failed: false });
		expect(runScript([], both, false)).toEqual({ ran: all.slice(0, 3), failed: false });
		expect(runScript(['check:content'], both, true)).toEqual({ ran: all.slice(0, 2), failed: true });
		expect(runScript(['build'], both, true)).toEqual({ ran: all.slice(0, 3), failed: true });
		// Someone else pushed: both must be allowed.
		const pushed = { CI_MERGE_REQUEST_AUTHOR: 'nils', GITLAB_USER_LOGIN: 'mallory' };
		expect(runScript(['--editor mallory'], pushed, false)).toEqual({
			ran: ['check:content', 'check:ownership --editor nils', 'check:ownership --editor mallory', 'build'],
			failed: true,
		});
		expect(runScript([], pushed, false).failed).toBe(false);
	});

	it('posts the commit status the CMS reads: pending at the start, the job result after it', () => {
		expect(pipeline.review.script?.[0]).toBe('sh scripts/ci/gitlab-status.sh pending');
		expect(pipeline.review.after_script).toEqual([
			'sh scripts/ci/gitlab-status.sh "$([ "$CI_JOB_STATUS" = success ] && echo success || echo failed)"',
		]);
		const poster = read('scripts/ci/gitlab-status.sh');
		expect(poster).toContain('name=$(node scripts/review-status.ts context)');
		expect(poster).toContain('ref=$CI_MERGE_REQUEST_SOURCE_BRANCH_NAME');
		expect(poster).toContain('target_url=$CI_JOB_URL#');
		expect(poster).toContain('/statuses/$CI_COMMIT_SHA');
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
	['.github/workflows/pull-request.yml', 'check:ownership'],
])('%s', (file, expected) => {
	it('is valid YAML and names only npm scripts that exist', () => {
		const commands = npmCommands(parse(read(file)));
		expect(commands).toContain(expected);
		for (const command of commands) expect(NPM_COMMANDS.includes(command) || scripts.includes(command), `npm ${command}`).toBe(true);
	});
});

describe('scripts/review-status.ts', () => {
	// Three runs of a Node script: seconds on a busy machine, more than a unit test's default limit.
	it('names the context the CMS reads, and describes each state in Norwegian', { timeout: 60_000 }, () => {
		const status = (arg: string) =>
			execFileSync(process.execPath, [join(projectRoot, 'scripts/review-status.ts'), arg], {
				cwd: projectRoot,
				env: { ...process.env, KB_CONTENT_DIR: minimalFixture },
				encoding: 'utf8',
			}).trim();
		expect(status('context')).toBe(REVIEW_STATUS_CONTEXT);
		expect(
			cmsConfig({
				site: { ...loadSiteConfig(minimalFixture), cms: { backend: 'github', repo: 'a/b', branch: 'main' } },
				contentDir: minimalFixture,
				root: projectRoot,
			}).backend,
		).toMatchObject({
			preview_context: REVIEW_STATUS_CONTEXT,
		});
		expect(status('failure')).toBe(nb['review.status.failure']);
		expect(status('success')).toBe(nb['review.status.success']);
	});
});

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

describe('.gitlab-ci.yml', () => {
	const pipeline = parse(read('.gitlab-ci.yml')) as Record<string, { stage?: string; script?: string[]; artifacts?: { paths: string[] } }>;

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

describe.each(['.github/workflows/deploy.yml', '.gitlab-ci.yml'])('%s', (file) => {
	it('is valid YAML and names only npm scripts that exist', () => {
		const commands = npmCommands(parse(read(file)));
		expect(commands).toContain('build');
		for (const command of commands) expect(NPM_COMMANDS.includes(command) || scripts.includes(command), `npm ${command}`).toBe(true);
	});
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentCommit } from '../../../src/lib/build-info.ts';
import { projectRoot } from '../../utils/paths.ts';

describe('currentCommit (build.json)', () => {
	const outside = mkdtempSync(join(tmpdir(), 'kb-no-git-'));
	afterAll(() => rmSync(outside, { recursive: true, force: true }));

	it('is HEAD of the checkout', () => {
		expect(currentCommit(projectRoot, process.env)).toBe(
			execFileSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim(),
		);
	});

	it('falls back to the CI or host variable without a git folder, else unknown', () => {
		expect(currentCommit(outside, { CI_COMMIT_SHA: 'abc123' })).toBe('abc123');
		expect(currentCommit(outside, { CF_PAGES_COMMIT_SHA: 'def456' })).toBe('def456');
		expect(currentCommit(outside, {})).toBe('unknown');
	});
});

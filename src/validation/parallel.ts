import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTranslations } from '../i18n/index.ts';
import type { Problem } from './problem.ts';
import {
	type CheckedFile,
	checkFile,
	collectResults,
	contentFiles,
	missingFolder,
	type Reference,
	siteContext,
	type SiteLines,
	type ValidationResult,
} from './validate.ts';

/** Below this many files, starting workers (each loads the MDX and YAML parsers) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 100;

/** A batch of files for a worker process. */
export interface WorkerTask {
	ctx: Parameters<typeof checkFile>[0];
	files: { key: CheckedFile['key']; name: string }[];
}

/**
 * `validateContent`, with the files checked in worker processes (one per core, at most
 * `maxWorkers`): parsing MDX and YAML is most of a large build's validation time, and a
 * single thread leaves the other cores idle. Processes, not threads: memory a worker thread
 * used stays in the build process's RSS after the thread ends (≈ 300 MiB at 10 000 entries),
 * a process gives it back. References are resolved here once every file is known. Entries come
 * back without `lineOf` (functions do not cross processes).
 */
export async function validateContentInParallel(
	contentDir: string,
	{ publicDir = join(process.cwd(), 'public'), maxWorkers = availableParallelism() }: { publicDir?: string; maxWorkers?: number } = {},
): Promise<ValidationResult> {
	if (!existsSync(contentDir)) return missingFolder(contentDir);
	const problems: Problem[] = [];
	const references: Reference[] = [];
	const lines: SiteLines = {};
	const ctx = siteContext(contentDir, publicDir, problems, references, lines);
	const files = contentFiles(contentDir);
	const workers = Math.min(maxWorkers, Math.ceil(files.length / BATCH));
	const checked =
		files.length < MIN_FILES_FOR_WORKERS || workers < 2
			? files.map(({ key, name }) => checkFile(ctx, key, name))
			: await inWorkers(ctx, files, workers);
	return collectResults(ctx, checked, problems, references, lines);
}

/** Checks `files` in `count` worker processes that take batches until none are left; keeps file order. */
async function inWorkers(ctx: WorkerTask['ctx'], files: WorkerTask['files'], count: number): Promise<CheckedFile[]> {
	const t = useTranslations(ctx.site?.language ?? ctx.lang ?? 'nb');
	const results: CheckedFile[][] = [];
	let next = 0;
	const run = (worker: ChildProcess) =>
		new Promise<void>((resolve, reject) => {
			const send = () => {
				if (next >= files.length) return resolve();
				const start = next;
				next += BATCH;
				worker.once('message', (batch) => {
					results[start / BATCH] = batch as CheckedFile[];
					send();
				});
				worker.send({ ctx, files: files.slice(start, start + BATCH) } satisfies WorkerTask);
			};
			worker.once('error', reject);
			worker.once('exit', (code) => reject(new Error(t('validation.workerStopped', { code: String(code) }))));
			send();
		});
	const script = fileURLToPath(new URL('./worker.ts', import.meta.url));
	const workers = Array.from({ length: count }, () =>
		fork(script, { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
	);
	try {
		await Promise.all(workers.map(run));
	} finally {
		for (const worker of workers) worker.kill();
	}
	return results.flat();
}

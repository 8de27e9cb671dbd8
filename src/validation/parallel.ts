import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Problem } from './problem.ts';
import { type CheckedFile, checkFile, collectResults, contentFiles, missingFolder, type Reference, siteContext, type ValidationResult } from './validate.ts';

/** Below this many files, starting threads (each loads the MDX and YAML parsers) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 400;
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 100;

/** A batch of files for a worker, and what it sends back. */
export interface WorkerTask {
	ctx: Parameters<typeof checkFile>[0];
	files: { key: CheckedFile['key']; name: string }[];
}

/**
 * `validateContent`, with the files checked in worker threads (one per core, at most
 * `maxWorkers`): parsing MDX and YAML is most of a large build's validation time, and a
 * single thread leaves the other cores idle. References are resolved here once every file is
 * known. Entries come back without `lineOf` (functions do not cross threads).
 */
export async function validateContentInParallel(
	contentDir: string,
	{ publicDir = join(process.cwd(), 'public'), maxWorkers = availableParallelism() }: { publicDir?: string; maxWorkers?: number } = {},
): Promise<ValidationResult> {
	if (!existsSync(contentDir)) return missingFolder(contentDir);
	const problems: Problem[] = [];
	const references: Reference[] = [];
	const ctx = siteContext(contentDir, publicDir, problems, references);
	const files = contentFiles(contentDir);
	const threads = Math.min(maxWorkers, Math.ceil(files.length / BATCH));
	const checked = files.length < MIN_FILES_FOR_WORKERS || threads < 2 ? files.map(({ key, name }) => checkFile(ctx, key, name)) : await inWorkers(ctx, files, threads);
	return collectResults(ctx.site, checked, problems, references);
}

/** Checks `files` in `threads` workers that take batches until none are left; keeps file order. */
async function inWorkers(ctx: WorkerTask['ctx'], files: WorkerTask['files'], threads: number): Promise<CheckedFile[]> {
	const results: CheckedFile[][] = [];
	let next = 0;
	const run = (worker: Worker) =>
		new Promise<void>((resolve, reject) => {
			const send = () => {
				if (next >= files.length) return resolve();
				const start = next;
				next += BATCH;
				worker.once('message', (batch: CheckedFile[]) => {
					results[start / BATCH] = batch;
					send();
				});
				worker.postMessage({ ctx, files: files.slice(start, start + BATCH) } satisfies WorkerTask);
			};
			worker.once('error', reject);
			worker.once('exit', (code) => (next < files.length || code !== 0 ? reject(new Error(`valideringstråden stoppet (kode ${code})`)) : resolve()));
			send();
		});
	const workers = Array.from({ length: threads }, () => new Worker(new URL('./worker.ts', import.meta.url)));
	try {
		await Promise.all(workers.map(run));
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
	return results.flat();
}

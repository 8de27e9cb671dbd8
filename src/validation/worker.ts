import { parentPort } from 'node:worker_threads';
import type { WorkerTask } from './parallel.ts';
import { checkFile } from './validate.ts';

/** Worker thread of `validateContentInParallel`: checks each batch of files it is sent. */
parentPort?.on('message', ({ ctx, files }: WorkerTask) => {
	parentPort?.postMessage(files.map(({ key, name }) => checkFile(ctx, key, name)));
});

import type { WorkerTask } from './parallel.ts';
import { checkFile } from './validate.ts';

/** Worker process of `validateContentInParallel`: checks each batch of files it is sent. */
process.on('message', ({ ctx, files }: WorkerTask) => {
	process.send?.(files.map(({ key, name }) => checkFile(ctx, key, name)));
});

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/**
 * Runs `task` while holding a lock shared by every process of the machine (a directory in the
 * OS temp dir, created atomically). A lock left by a process that no longer exists is taken over.
 */
export async function withLock<T>(name: string, task: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
	const dir = join(tmpdir(), `${name}.lock`);
	const owner = join(dir, 'pid');
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			mkdirSync(dir);
			writeFileSync(owner, String(process.pid));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			let pid = Number.NaN;
			try {
				pid = Number(readFileSync(owner, 'utf8'));
			} catch {
				// The owner is between mkdir and writing its pid.
			}
			if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(dir, { recursive: true, force: true });
			else if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${dir}`, { cause: error });
			else await sleep(150);
		}
	}
	try {
		return await task();
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

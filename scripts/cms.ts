/**
 * `npm run cms`: local editing. Starts decap-server (the CMS's local backend, on 127.0.0.1 only)
 * and the Astro dev server together, and stops both when either ends or on Ctrl+C.
 * DECAP_MODE=git makes decap-server use git branches (the review workflow) instead of writing
 * files directly.
 */
import { type ChildProcess, spawn } from 'node:child_process';

const env = { ...process.env, PORT: process.env.DECAP_PORT ?? '8081', BIND_HOST: '127.0.0.1', MODE: process.env.DECAP_MODE ?? 'fs' };
const children: ChildProcess[] = [
	spawn('decap-server', { stdio: 'inherit', env }),
	spawn('astro', ['dev', '--host', '127.0.0.1'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
];

const stop = (code: number) => {
	for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
	process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

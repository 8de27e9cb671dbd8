/**
 * `npm run preview` (and the second half of `npm start`): serves `dist/` on http://localhost:4321
 * with the headers production gets from `_headers`. PORT and HOST override the address.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveDist } from './server.ts';

const root = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(root, 'index.html'))) {
	console.error(`Fant ikke et bygget nettsted i ${root}. Kjør npm run build først.`);
	process.exit(1);
}
const server = await serveDist(root, { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' });
console.log(`Kompetansebroen kjører på ${server.url.replace('127.0.0.1', 'localhost')}/ (Ctrl+C for å stoppe)`);

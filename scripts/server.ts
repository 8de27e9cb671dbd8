import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/lib/static-headers.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript))|image\/svg/;

export interface RunningServer {
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built site as a static host would: folders → `index.html`, unknown paths → `404.html`
 * (status 404), the headers of the site's `_headers` file, gzip when the browser accepts it.
 */
export async function serveDist(root: string, { port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const path = normalize(decodeURIComponent(url.pathname));
		if (path.includes('..')) {
			res.writeHead(400).end();
			return;
		}
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		const found = existsSync(file) && statSync(file).isFile();
		const served = found ? file : join(root, '404.html');
		const type = TYPES[extname(served)] ?? 'application/octet-stream';
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		res.writeHead(found ? 200 : 404, {
			...headersFor(rules, path),
			'content-type': type,
			vary: 'accept-encoding',
			...(gzip && { 'content-encoding': 'gzip' }),
		});
		if (req.method === 'HEAD') return void res.end();
		const stream = createReadStream(served);
		(gzip ? stream.pipe(createGzip()) : stream).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	const address = server.address() as AddressInfo;
	return { url: `http://${host}:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../../src/lib/static-headers.ts';
import { projectRoot } from '../../utils/paths.ts';

const rules = parseHeaders(readFileSync(join(projectRoot, 'public/_headers'), 'utf8'));

const CACHE = { revalidate: 'no-cache', year: 'public, max-age=31536000, immutable' };
/** Representative paths of a build and how long browsers and CDNs may keep them. */
const CACHING: [string, keyof typeof CACHE][] = [
	['/', 'revalidate'],
	['/kurs/demensomsorg-i-praksis/', 'revalidate'],
	['/kurs/katalog.json', 'revalidate'],
	['/rss.xml', 'revalidate'],
	['/kalender.ics', 'revalidate'],
	['/build.json', 'revalidate'],
	['/uploads/kurs.jpg', 'revalidate'],
	['/admin/', 'revalidate'],
	['/admin/decap-cms.js', 'revalidate'],
	['/pagefind/pagefind.js', 'revalidate'],
	['/pagefind/pagefind-worker.js', 'revalidate'],
	['/pagefind/pagefind-entry.json', 'revalidate'],
	['/pagefind/pagefind.no_43424a8a64.pf_meta', 'revalidate'],
	['/pagefind/wasm.no.pagefind', 'revalidate'],
	['/_astro/app.Ab12.js', 'year'],
	['/pagefind/index/no_409b7cb.pf_index', 'year'],
	['/pagefind/fragment/no_11fbf9d.pf_fragment', 'year'],
	['/pagefind/filter/no_27b1b4c.pf_filter', 'year'],
	['/pagefind-archive/pagefind-entry.json', 'revalidate'],
	['/pagefind-archive/pagefind.no_5d0f3a1c2b.pf_meta', 'revalidate'],
	['/pagefind-archive/index/no_409b7cb.pf_index', 'year'],
	['/pagefind-archive/fragment/no_11fbf9d.pf_fragment', 'year'],
	['/pagefind-archive/filter/no_27b1b4c.pf_filter', 'year'],
];

describe('public/_headers as the server applies it', () => {
	it('gives every page a strict CSP: no inline scripts or styles, wasm allowed for search', () => {
		const csp = headersFor(rules, '/kurs/demensomsorg-i-praksis/')['content-security-policy'];
		expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
		expect(csp).toContain("style-src 'self';");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).toContain("frame-ancestors 'none'");
	});

	it('replaces (not adds to) the policy under /admin/', () => {
		const headers = headersFor(rules, '/admin/');
		expect(headers['content-security-policy']).toContain("'unsafe-eval'");
		expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
		expect(headers['x-robots-tag']).toBe('noindex');
		expect(headers['x-content-type-options']).toBe('nosniff');
	});

	it.each(CACHING)('caches %s as %s', (path, expected) => {
		expect(headersFor(rules, path)['cache-control']).toBe(CACHE[expected]);
	});

	it('detaches the inherited Cache-Control wherever a rule sets another (hosts that join repeats)', () => {
		for (const rule of rules.filter((r) => r.pattern !== '/*' && r.set.some(([name]) => name === 'cache-control'))) {
			expect(rule.remove, rule.pattern).toContain('cache-control');
		}
	});

	it('matches docs/nginx.conf, whose map gives the same Cache-Control for every path', () => {
		const conf = readFileSync(join(projectRoot, 'docs/nginx.conf'), 'utf8');
		const map = /map \$uri \$cache_control \{([^}]*)\}/.exec(conf)?.[1] ?? '';
		const entries = [...map.matchAll(/^\s*(\S+)\s+"([^"]+)";/gm)].map(([, key, value]) => ({ key, value }));
		const nginx = (path: string) =>
			entries.find(({ key }) => key.startsWith('~') && new RegExp(key.slice(1)).test(path))?.value ??
			entries.find(({ key }) => key === 'default')?.value;
		for (const [path, expected] of CACHING) expect(nginx(path), path).toBe(CACHE[expected]);
	});

	it('sends scripts, styles and Pagefind data (never a document) without the document-only headers, documents and workers with them', () => {
		const DOCUMENT_ONLY = ['content-security-policy', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy'];
		/** Fetched by a page or a script: scripts, styles, Pagefind's module script, WebAssembly and data. */
		const fetched = CACHING.filter(
			([path, expected]) => (expected === 'year' && path !== '/') || /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.)/.test(path),
		);
		expect(fetched.length).toBeGreaterThan(8);
		for (const [path, expected] of fetched) {
			const headers = headersFor(rules, path);
			expect(
				Object.keys(headers).filter((name) => DOCUMENT_ONLY.includes(name)),
				path,
			).toEqual([]);
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['cache-control'], path).toBe(CACHE[expected]);
		}
		// Documents, and Pagefind's worker (a worker takes its policy from its own response).
		for (const path of ['/', '/sok/', '/kurs/demensomsorg-i-praksis/', '/admin/', '/pagefind/pagefind-worker.js'])
			expect(Object.keys(headersFor(rules, path)), path).toEqual(expect.arrayContaining(['content-security-policy']));
		for (const path of ['/', '/sok/', '/pagefind/pagefind-worker.js'])
			expect(Object.keys(headersFor(rules, path)), path).toEqual(expect.arrayContaining(DOCUMENT_ONLY));
	});

	it('refuses a header line before any path', () => {
		expect(() => parseHeaders('  X-Test: 1\n')).toThrow(/before any path/);
	});
});

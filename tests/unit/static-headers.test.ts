import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/static-headers.ts';
import { projectRoot } from '../utils/paths.ts';

const rules = parseHeaders(readFileSync(join(projectRoot, 'public/_headers'), 'utf8'));

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

	it('caches hashed assets for a year and nothing else', () => {
		expect(headersFor(rules, '/_astro/app.Ab12.js')['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(headersFor(rules, '/')['cache-control']).toBeUndefined();
	});

	it('refuses a header line before any path', () => {
		expect(() => parseHeaders('  X-Test: 1\n')).toThrow(/before any path/);
	});
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { useServedSite } from '../utils/served-site.ts';

// Every page template, served with the production headers (public/_headers) by the project's server.
const TEMPLATES = [
	'/',
	'/kurs/',
	'/kurs/2/',
	'/kurs/?topic=demens&open=1',
	'/kurs/demensomsorg-i-praksis/',
	'/kurs/basale-smittevernrutiner-e-laering/',
	'/arrangementer/',
	'/nyheter/',
	'/nyheter/kurskatalogen-for-2027/',
	'/tema/',
	'/tema/demens/',
	'/organisasjoner/',
	'/organisasjoner/nus/',
	'/steder/',
	'/program/',
	'/program/lederprogram-forstelinjeledere/',
	'/region/follo/',
	'/?region=follo',
	'/tilgjengelighet/',
	'/sok/?q=demens',
	'/finnes-ikke/',
];

const served = useServedSite(sampleContent, FIXED_NOW);

interface Visit {
	page: Page;
	/** CSP violations reported by the page. */
	violations: string[];
	/** Requests that left the site's origin. */
	foreign: string[];
}

async function visit(path: string): Promise<Visit> {
	const page = await served.browser.newPage();
	const violations: string[] = [];
	const foreign: string[] = [];
	const origin = new URL(served.server.url).origin;
	page.on('console', (m) => {
		if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url);
	});
	const response = await page.goto(`${served.server.url}${path}`, { waitUntil: 'networkidle' });
	expect(response?.headers()['content-security-policy'], path).toContain("default-src 'self'");
	return { page, violations, foreign };
}

describe('with the production security headers', () => {
	it.each(TEMPLATES)('%s loads without CSP violations or requests to other hosts', async (path) => {
		const { page, violations, foreign } = await visit(path);
		expect(violations).toEqual([]);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('search still works under the policy (Pagefind needs wasm-unsafe-eval only)', async () => {
		const { page, violations } = await visit('/sok/?q=demens');
		await page.waitForSelector('.search__results[aria-busy="false"]');
		expect(await page.locator('.search__results li').count()).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('sends the other security headers', async () => {
		const response = await fetch(`${served.server.url}/`);
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('permissions-policy')).toContain('camera=()');
	});

	it('gives /admin/ the policy Decap needs, and Decap boots under it', async () => {
		const response = await fetch(`${served.server.url}/admin/`);
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toContain("'unsafe-eval'");
		expect(csp.split(',').length).toBe(1);
		const page = await served.browser.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.goto(`${served.server.url}/admin/`);
		await page
			.getByRole('button', { name: /logg (inn|på)/i })
			.first()
			.waitFor();
		expect(violations).toEqual([]);
		await page.close();
	});
});

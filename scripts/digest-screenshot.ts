/**
 * `npm run screenshots:digest`: runs `npm run digest` on the sample content as the education
 * department would on Monday 23 November 2026 for the week before (`--since 2026-11-16 --until
 * 2026-11-22`, "now" fixed so the registration states stay as pictured) and saves the HTML as
 * Chromium renders it, whole, to
 * docs/screenshots/digest-desktop.png (a 1280 px window) and digest-mobile.png (375 px).
 * The mail loads nothing: any request but the page itself fails the script.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../tests/utils/browser.ts';
import { projectRoot, sampleContent } from '../tests/utils/paths.ts';

const html = execFileSync(process.execPath, [join(projectRoot, 'scripts', 'digest.ts'), '--since', '2026-11-16', '--until', '2026-11-22'], {
	cwd: projectRoot,
	env: { ...process.env, KB_CONTENT_DIR: sampleContent, KB_NOW: '2026-11-23T08:00:00Z' },
	encoding: 'utf8',
});
const outDir = join(projectRoot, 'docs', 'screenshots');
mkdirSync(outDir, { recursive: true });
const browser = await launchBrowser();
try {
	for (const [name, width] of [
		['digest-desktop', 1280],
		['digest-mobile', 375],
	] as const) {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.setContent(html, { waitUntil: 'load' });
		if (requests.length) throw new Error(`the digest loaded ${requests.join(', ')}`);
		const file = join(outDir, `${name}.png`);
		await page.screenshot({ path: file, fullPage: true });
		await context.close();
		console.log(`${file} (${Math.round(statSync(file).size / 1024)} kB)`);
	}
} finally {
	await browser.close();
}

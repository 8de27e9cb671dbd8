import { it } from 'vitest';
import { launchBrowser } from '../utils/browser.ts';
import { buildSite } from '../utils/build.ts';
import { startDecapBackend } from '../utils/decap-server.ts';
import { FIXED_NOW, sampleContent } from '../utils/paths.ts';
import { serveStatic } from '../utils/static-server.ts';

it('shots', async () => {
	const backend = await startDecapBackend();
	const site = await buildSite(sampleContent, FIXED_NOW, { KB_CMS_LOCAL_BACKEND: backend.apiUrl });
	const server = await serveStatic(site.outDir);
	const browser = await launchBrowser();
	let page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	const shot = async (hash: string, name: string, act?: () => Promise<void>) => {
		await page.close();
		page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
		page.on('dialog', (d) => d.accept());
		await page.goto(`${server.url}/admin/`);
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await page.getByText('Arbeidsflyt').waitFor();
		await page.goto(`${server.url}/admin/#/${hash}`);
		await page.waitForTimeout(4000);
		if (act) await act();
		await page.screenshot({ path: `/tmp/cmsform-shots/${name}.png`, fullPage: false });
	};
	await shot('collections/news', 'news-grouped', async () => {
		await page.getByRole('button', { name: 'Grupper etter' }).click();
		await page.getByRole('menuitem', { name: 'Organisasjon', exact: true }).click();
		await page.waitForTimeout(1000);
	});
	await shot('collections/locations/entries/' + 'simuleringssenteret-nitelva', 'location');
	await shot('collections/organisations/entries/nus', 'organisation');
	await shot('collections/news/entries/nytt-felles-hospiteringsprogram', 'news-draft');
	await page.getByRole('textbox').first().waitFor();
	await page.locator('[id^="summary-field-"]').fill('Endret.');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await page.getByText('Endringer lagret').waitFor();
	await shot('workflow', 'workflow');
	await browser.close();
	await server.close();
	await backend.stop();
}, 600_000);

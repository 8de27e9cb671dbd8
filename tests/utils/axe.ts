import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// axe-core's WCAG 2.1 A and AA rules, and what they leave out, for the browser tests of pages.
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's violations as `rule: selector – what to fix` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	return page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((result) =>
		result.violations.flatMap((v) => v.nodes.map((n) => v.id + ': ' + n.target.join(' ') + ' – ' + n.failureSummary.replace(/\\s+/g, ' '))))`);
}

/** What axe's WCAG tags leave out: one h1 first, no skipped heading levels, the page's landmarks. */
export function structure(): string[] {
	const problems: string[] = [];
	const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
		.filter((h) => h.getClientRects().length > 0)
		.map((h) => Number(h.tagName[1]));
	if (levels[0] !== 1 || levels.filter((l) => l === 1).length !== 1) problems.push(`h1: ${levels.join(' ')}`);
	levels.forEach((level, i) => i > 0 && level > levels[i - 1] + 1 && problems.push(`heading h${levels[i - 1]} → h${level}`));
	for (const landmark of ['body > header', 'main', 'body > footer', 'nav[aria-label]', '[role=search][aria-label]']) {
		if (!document.querySelector(landmark)) problems.push(`missing ${landmark}`);
	}
	return problems;
}

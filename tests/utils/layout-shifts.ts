import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

/** A phone as Lighthouse's mobile preset emulates it (Moto G Power: 412 × 823 CSS pixels at 1.75×). */
export const LIGHTHOUSE_PHONE: BrowserContextOptions = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
};

/** One `layout-shift` entry: its score and the elements that moved (`tag.class y→y`), for a readable failure. */
export interface Shift {
	value: number;
	time: number;
	sources: string[];
}

/**
 * Records every layout shift of the page from its first paint (a buffered PerformanceObserver set
 * up before any of the page's own scripts), leaving out those right after user input as the CLS
 * metric does. Read them with `shiftsOf(page)`.
 */
export async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: { value: number; time: number; sources: string[] }[] = [];
		(window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
		const name = (node: Node | null) => {
			const el = node as Element | null;
			if (!el?.tagName) return String(node?.nodeName ?? '?');
			const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
			return `${el.tagName.toLowerCase()}${cls}`;
		};
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
			})[]) {
				const move = (s: { previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }) =>
					`${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`;
				if (!entry.hadRecentInput)
					shifts.push({
						value: entry.value,
						time: Math.round(entry.startTime),
						sources: (entry.sources ?? []).map((s) => `${name(s.node)} ${move(s)}`),
					});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The shifts recorded so far (see `recordShifts`). */
export const shiftsOf = (page: Page): Promise<Shift[]> => page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);

/** The sum of all shift scores: at least the CLS (which is the worst 5-s session window of them). */
export const totalShift = (shifts: Shift[]): number => shifts.reduce((sum, s) => sum + s.value, 0);

/** A new page in a fresh context (phone by default) whose CPU runs `cpuSlowdown` times slower (CDP). */
export async function throttledPage(
	browser: Browser,
	cpuSlowdown: number,
	options: BrowserContextOptions = LIGHTHOUSE_PHONE,
): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	return page;
}

/** Resolves when the page's main thread has been idle (no task) for `quietMs`, measured in the page. */
export const mainThreadQuiet = (page: Page, quietMs = 1000): Promise<void> =>
	page.evaluate(
		(quiet) =>
			new Promise<void>((resolve) => {
				let last = performance.now();
				const tick = () => {
					const now = performance.now();
					// A frame much later than expected means a task held the thread: start over.
					if (now - last > 100) start = now;
					last = now;
					if (now - start >= quiet) resolve();
					else setTimeout(tick, 50);
				};
				let start = performance.now();
				setTimeout(tick, 50);
			}),
		quietMs,
	);

// The region picker (regions/RegionPicker.astro). Filters regional lists (`REGION_LIST`, whose
// items carry `REGION`: a region's slug, or "" for every region) to the chosen region, keeps the
// choice in `?region=` and in localStorage, and tells the course catalogue with `REGION_CHANGE`
// (all in client/page-contract.ts). Without JavaScript the bar stays hidden and lists show everything.
import * as page from '../client/page-contract.ts';
import { regionInUrl, visibleFor, withRegion } from './region-filter.ts';

const KEY = 'kompetansebroen:region';
const bar = document.querySelector<HTMLElement>(`[${page.REGION_BAR}]`);
if (bar) start(bar);

function remembered(): string {
	try {
		return localStorage.getItem(KEY) ?? '';
	} catch {
		return '';
	}
}

function remember(slug: string): void {
	try {
		if (slug) localStorage.setItem(KEY, slug);
		else localStorage.removeItem(KEY);
	} catch {
		// Storage blocked: the URL still carries the choice.
	}
}

function start(bar: HTMLElement): void {
	const select = bar.querySelector('select')!;
	const status = bar.querySelector<HTMLElement>('[role=status]')!;
	const reset = bar.querySelector<HTMLButtonElement>(`[${page.REGION_RESET}]`)!;
	const known = new Set([...select.options].map((o) => o.value).filter(Boolean));
	const lists = [...document.querySelectorAll<HTMLElement>(`[${page.REGION_LIST}]`)];
	/** Whether this page has anything the region narrows. */
	const regional = lists.length > 0 || document.querySelector(`form[${page.CATALOGUE}]`) !== null;

	const apply = (slug: string) => {
		select.value = slug;
		for (const list of lists) {
			const items = [...list.children] as HTMLElement[];
			// Ended items of a list that hides them (client/past-items.ts) never count.
			const hides = list.getAttribute(page.PAST_LIST) === '';
			const shown = visibleFor(
				items.map((li) => (hides && page.hasEnded(li, Date.now()) ? null : (li.getAttribute(page.REGION) ?? ''))),
				slug,
				Number(list.getAttribute(page.REGION_LIST)) || Infinity,
			);
			items.forEach((li, i) => li.toggleAttribute(page.REGION_HIDDEN, !shown[i]));
			const none = !shown.includes(true);
			const empty = list.nextElementSibling as HTMLElement | null;
			if (empty?.hasAttribute(page.REGION_EMPTY)) empty.hidden = !none;
			else list.closest('.list-section')?.toggleAttribute(page.REGION_HIDDEN, none);
		}
		const active = regional && slug !== '';
		status.textContent = active ? bar.getAttribute(page.REGION_SHOWING)!.replace('{region}', select.selectedOptions[0].text) : '';
		reset.hidden = !active;
		bar.toggleAttribute(page.REGION_ACTIVE, active);
	};

	const choose = (slug: string) => {
		remember(slug);
		if (regional) {
			history.replaceState(history.state, '', `${location.pathname}${withRegion(location.search, slug)}${location.hash}`);
			page.emitRegionChange(slug);
		}
		apply(slug);
	};

	select.addEventListener('change', () => choose(select.value));
	select.form!.addEventListener('submit', (event) => {
		event.preventDefault();
		choose(select.value);
	});
	reset.addEventListener('click', () => {
		choose('');
		select.focus();
	});
	addEventListener('popstate', () => apply(regionInUrl(new URLSearchParams(location.search), known) ?? ''));

	bar.hidden = false;
	const fromUrl = regionInUrl(new URLSearchParams(location.search), known);
	if (fromUrl !== undefined) {
		if (fromUrl) remember(fromUrl);
		apply(fromUrl);
	} else {
		const saved = remembered();
		if (known.has(saved)) choose(saved);
		else apply('');
	}
}

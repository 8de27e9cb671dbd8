// The region picker (regions/RegionPicker.astro). One region state for the page: `?region=` in the
// URL, mirrored in localStorage and shown in the bar. Filters regional lists (`REGION_LIST`, whose
// items carry `REGION`: a region's slug, or "" for every region) to the chosen region, tells a
// list's filter form with `REGION_CHANGE`, and follows that form's own region changes the same way
// (all in client/page-contract.ts). Without scripting the bar is hidden (global.css) and lists show everything.
import * as page from '../client/page-contract.ts';
import { regionsInUrl, visibleFor, withRegion } from './region-filter.ts';

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

/** Storage holds one region or none: several (a filter's choice) are the URL's alone. */
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
	const go = bar.querySelector<HTMLAnchorElement>(`[${page.REGION_GO}]`)!;
	const known = new Set([...select.options].map((o) => o.value).filter(Boolean));
	const nameOf = (slug: string) => [...select.options].find((o) => o.value === slug)!.text;
	const lists = [...document.querySelectorAll<HTMLElement>(`[${page.REGION_LIST}]`)];
	/** Whether this page has anything the region narrows (and so `?region=` in its URL). */
	const filtered = lists.length > 0 || document.querySelector(`form[${page.CATALOGUE}]`) !== null;
	/** On a region's page: its slug, the page's own region. */
	const pageRegion = document.querySelector(`[${page.REGION_PAGE}]`)?.getAttribute(page.REGION_PAGE);
	const onRegionPage = pageRegion != null && known.has(pageRegion);

	/** Shows the regions (none: all; one; several: a filter's choice) in the bar and the lists. */
	const apply = (slugs: string[]) => {
		const slug = slugs.length === 1 ? slugs[0] : '';
		if (slugs.length > 1) select.selectedIndex = -1;
		else select.value = slug;
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
		const active = slugs.length > 0 && (filtered || slug === pageRegion);
		status.textContent = active ? bar.getAttribute(page.REGION_SHOWING)!.replace('{region}', slugs.map(nameOf).join(', ')) : '';
		reset.hidden = !active || onRegionPage;
		bar.toggleAttribute(page.REGION_ACTIVE, active);
		// On a region's page, another region is a link to its page (a select never navigates by itself).
		const elsewhere = onRegionPage && slug !== '' && slug !== pageRegion;
		go.hidden = !elsewhere;
		if (elsewhere) {
			go.href = select.selectedOptions[0].getAttribute(page.REGION_HREF)!;
			go.textContent = go.getAttribute(page.REGION_GO)!.replace('{region}', nameOf(slug));
		}
	};

	/** The URL's state, shown and remembered: at load, after back/forward, after a filter changed it. */
	const sync = () => {
		const slugs = regionsInUrl(new URLSearchParams(location.search), known) ?? [];
		remember(slugs.length === 1 ? slugs[0] : '');
		apply(slugs);
	};

	const choose = (slug: string) => {
		remember(slug);
		if (filtered) {
			history.replaceState(history.state, '', `${location.pathname}${withRegion(location.search, slug)}${location.hash}`);
			page.emitRegionChange(slug, 'picker');
		}
		apply(slug ? [slug] : []);
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
	if (!onRegionPage) {
		addEventListener('popstate', sync);
		page.onRegionChange((change) => change.source === 'filter' && sync());
	}

	if (onRegionPage) {
		// A region's page is that region's view: it is the choice, whatever was remembered.
		remember(pageRegion);
		apply([pageRegion]);
	} else if (new URLSearchParams(location.search).has('region')) sync();
	else {
		const saved = remembered();
		if (known.has(saved)) choose(saved);
		else apply([]);
	}
}

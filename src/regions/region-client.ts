// The region picker (components/RegionPicker.astro). Filters regional lists (`data-region-list`,
// whose items carry `data-region`: a region's slug, or "" for every region) to the chosen region,
// keeps the choice in `?region=` and in localStorage, and tells the course catalogue through the
// URL (a `popstate` after changing it). Without JavaScript the bar stays hidden and lists show everything.
import { regionInUrl, visibleFor, withRegion } from './region-filter.ts';

const KEY = 'kompetansebroen:region';
const bar = document.querySelector<HTMLElement>('[data-region-bar]');
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
	const reset = bar.querySelector<HTMLButtonElement>('[data-region-reset]')!;
	const known = new Set([...select.options].map((o) => o.value).filter(Boolean));
	const lists = [...document.querySelectorAll<HTMLElement>('[data-region-list]')];
	const catalogue = document.querySelector('form[data-catalogue]');
	/** Whether this page has anything the region narrows. */
	const regional = lists.length > 0 || catalogue !== null;

	const apply = (slug: string) => {
		select.value = slug;
		for (const list of lists) {
			const items = [...list.children] as HTMLElement[];
			// Ended items of a list that hides them (scripts/past.ts) never count.
			const ended = (li: HTMLElement) => list.dataset.pastList === '' && Date.parse(li.dataset.endsAt ?? '') <= Date.now();
			const shown = visibleFor(items.map((li) => (ended(li) ? null : (li.dataset.region ?? ''))), slug, Number(list.dataset.regionList) || Infinity);
			items.forEach((li, i) => li.toggleAttribute('data-region-hidden', !shown[i]));
			const none = !shown.includes(true);
			const empty = list.nextElementSibling as HTMLElement | null;
			if (empty?.hasAttribute('data-region-empty')) empty.hidden = !none;
			else list.closest('.list-section')?.toggleAttribute('data-region-hidden', none);
		}
		const active = regional && slug !== '';
		status.textContent = active ? bar.dataset.showing!.replace('{region}', select.selectedOptions[0].text) : '';
		reset.hidden = !active;
		bar.toggleAttribute('data-active', active);
	};

	const choose = (slug: string) => {
		remember(slug);
		if (regional) {
			history.replaceState(history.state, '', `${location.pathname}${withRegion(location.search, slug)}${location.hash}`);
			if (catalogue) dispatchEvent(new PopStateEvent('popstate'));
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

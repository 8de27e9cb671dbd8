// The favourite toggles of a page (FavouriteToggle.astro): reveals them and keeps `aria-pressed`
// in step with localStorage (favourites-contract.ts). Part of every page's script
// (client/page-scripts.ts), within the content pages' JS budget: keep it tiny (one delegated
// listener, the words switched by CSS).
import { type SavedFavourites, STORAGE_KEY, TOGGLE, TOGGLE_TITLE, TOGGLES_ADDED } from './favourites-contract.ts';

const read = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as SavedFavourites;
/** Throws where storage is blocked, before revealing anything: the toggles then stay hidden. */
const sync = () => {
	const saved = read();
	for (const button of document.querySelectorAll<HTMLElement>(`[${TOGGLE}]`)) {
		button.setAttribute('aria-pressed', `${button.getAttribute(TOGGLE)! in saved}`);
		button.hidden = false;
	}
};
// `pageshow` comes once the page has loaded, and again when it comes back from the back/forward
// cache (the list may have changed on the favourites page meanwhile).
addEventListener('pageshow', sync);
addEventListener(TOGGLES_ADDED, sync);
addEventListener('click', (event) => {
	const button = (event.target as Element).closest(`[${TOGGLE}]`);
	if (!button) return;
	const saved = read();
	const id = button.getAttribute(TOGGLE)!;
	if (id in saved) delete saved[id];
	else saved[id] = button.getAttribute(TOGGLE_TITLE) ?? button.closest('.card')!.querySelector('a')!.textContent!;
	localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
	sync();
});

// The favourites page (favourites.astro): lists the saved items of localStorage with the facts of
// `/favoritter/data.json` (as of the last build), marks those that have ended since or no longer
// exist, removes items, and joins the saved items' own calendar files into one download. Only the
// site's own files are fetched.
import { joinCalendars } from './favourites-calendar.ts';
import type { FavouriteRecord, FavouritesData, FavouritesText, SavedFavourites } from './favourites-contract.ts';
import { FAVOURITES, FAVOURITES_TEXT } from './favourites-page.ts';

const root = document.querySelector<HTMLElement>(`[${FAVOURITES}]`);
if (root) void start(root);

/** The saved favourites (favourites-contract.ts), none when storage is blocked or holds something else. */
function saved(key: string): SavedFavourites {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? '{}');
		return value && typeof value === 'object' ? (value as SavedFavourites) : {};
	} catch {
		return {};
	}
}

/** An element with a class and text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (className) element.className = className;
	element.textContent = text;
	return element;
}

/** A saved item as shown: its facts (none when it no longer exists), and whether it has ended by now. */
interface Shown {
	id: string;
	title: string;
	record?: FavouriteRecord;
	ended: boolean;
}

async function start(root: HTMLElement): Promise<void> {
	const text = JSON.parse(root.getAttribute(FAVOURITES_TEXT)!) as FavouritesText;
	const list = root.querySelector('[data-list]')!;
	const empty = root.querySelector<HTMLElement>('[data-empty]')!;
	const download = root.querySelector<HTMLElement>('[data-download]')!;
	const status = root.querySelector('[data-status]')!;
	let data: FavouritesData | undefined;
	try {
		const response = await fetch(root.getAttribute(FAVOURITES)!);
		if (response.ok) data = (await response.json()) as FavouritesData;
	} catch {
		// Shown below: the saved titles, and a note that the facts could not be loaded.
	}
	root.querySelector<HTMLElement>('[data-stale]')!.hidden = data !== undefined;

	const shown = (): Shown[] => {
		const now = Date.now();
		const items = Object.entries(saved(text.storageKey)).map(([id, title]): Shown => {
			const record = data?.[id];
			const ended = record?.state === 'ended' || (record?.endsAt !== undefined && Date.parse(record.endsAt) <= now);
			return { id, title: record?.title ?? title, record, ended };
		});
		// Current ones first, then ended ones, then those that are gone (while the data loaded); each in saved order.
		const rank = (item: Shown) => (!data ? 0 : !item.record ? 2 : item.ended ? 1 : 0);
		return items.sort((a, b) => rank(a) - rank(b));
	};

	const card = (item: Shown): HTMLLIElement => {
		const { record } = item;
		const article = el('article', 'card');
		const heading = article.appendChild(el('h2', 'card__title'));
		if (record) heading.appendChild(el('a', '', item.title)).href = record.href;
		else heading.appendChild(el('span', '', item.title));
		const meta = article.appendChild(el('p', 'card__meta'));
		if (record) {
			meta.append(el('span', 'tag', record.type));
			if (record.date) {
				const time = meta.appendChild(el('time', '', record.date));
				if (record.datetime) time.dateTime = record.datetime;
			} else if (record.duration) meta.append(el('span', '', record.duration));
			if (record.place && record.place !== record.type) meta.append(el('span', '', record.place));
			if (item.ended) meta.append(el('span', 'badge badge--past', text.ended));
			else if (record.state && record.stateLabel) meta.append(el('span', `badge badge--${record.state}`, record.stateLabel));
		} else if (data) meta.append(el('span', 'badge badge--gone', text.gone));
		const remove = article.appendChild(el('button', 'link-button', text.remove));
		remove.type = 'button';
		remove.append(el('span', 'visually-hidden', `: ${item.title}`));
		remove.onclick = () => {
			const all = saved(text.storageKey);
			delete all[item.id];
			localStorage.setItem(text.storageKey, JSON.stringify(all));
			const place = [...list.children].indexOf(li);
			render();
			status.textContent = text.removed.replace('{title}', item.title);
			// Keep the keyboard's place: the button of the item that moved up, or the "no favourites" text.
			const buttons = list.querySelectorAll<HTMLElement>('button');
			(buttons[Math.min(place, buttons.length - 1)] ?? empty).focus();
		};
		const li = el('li', item.ended || (data && !record) ? 'is-past' : '');
		li.append(article);
		return li;
	};

	const render = () => {
		const items = shown();
		list.replaceChildren(...items.map(card));
		empty.hidden = items.length > 0;
		download.hidden = !items.some((item) => item.record?.ics);
	};

	download.querySelector('button')!.onclick = async () => {
		const files = shown().flatMap((item) => (item.record?.ics ? [item.record.ics] : []));
		const calendars = await Promise.all(
			files.map((file) =>
				fetch(file).then(
					(r) => (r.ok ? r.text() : ''),
					() => '',
				),
			),
		);
		const blob = new Blob([joinCalendars(calendars, text.calendarName)], { type: 'text/calendar;charset=utf-8' });
		const link = el('a', '');
		link.href = URL.createObjectURL(blob);
		link.download = `${text.fileName}.ics`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 1000);
	};

	render();
	root.hidden = false;
	addEventListener('storage', render);
}

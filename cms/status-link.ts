/**
 * A link to the curators' status page (`/admin/status/`) in Decap's top bar, next to "Innhold",
 * "Arbeidsflyt" and "Media". Decap 3.16.3 has no API for an extra link or page: its header
 * (decap-cms-core `components/App/Header.js`) renders a fixed list, and `CMS.registerAdditionalLink`
 * exists only in forks (Static CMS). The only configurable link, `display_url` in the user menu,
 * already points to the site. So the link is added to the header's list once Decap has drawn it,
 * and again whenever Decap draws the header anew (after logging in, or out and in), with the look
 * of Decap's own links (their class names, less the active one).
 */
import { STATUS_PATH } from '../src/status/cms-links.ts';

/** Marks our list item, so it is added once. */
const MARK = 'data-kb-status-link';

/** Adds the link to Decap's header when the header is there and lacks it; true when it added it. */
export function addStatusLink(doc: Document, label: string): boolean {
	const list = doc.querySelector('header nav ul');
	if (!list || list.querySelector(`[${MARK}]`)) return false;
	const item = doc.createElement('li');
	item.setAttribute(MARK, '');
	const link = doc.createElement('a');
	link.href = STATUS_PATH;
	link.textContent = label;
	const own = list.querySelector('a');
	if (own) link.className = [...own.classList].filter((name) => name !== 'header-link-active').join(' ');
	item.append(link);
	list.append(item);
	return true;
}

/** Keeps the link in Decap's header for as long as the page is open. */
export function keepStatusLink(label: string): void {
	addStatusLink(document, label);
	new MutationObserver(() => addStatusLink(document, label)).observe(document.body, { childList: true, subtree: true });
}

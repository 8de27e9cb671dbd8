// Marks items that have ended since the build. Upcoming lists say where an ended item goes
// (`PAST_LIST` in client/page-contract.ts): the id of a past list moves it there (showing its
// section), an empty value hides it. Without JS the build's state stands.
import { ENDS_AT, hasEnded, PAST_LABEL, PAST_LIST } from './page-contract.ts';

const now = Date.now();
const label = document.body.getAttribute(PAST_LABEL) ?? '';
for (const item of document.querySelectorAll<HTMLElement>(`[${ENDS_AT}]`)) {
	if (!hasEnded(item, now) || item.classList.contains('is-past')) continue;
	item.classList.add('is-past');
	const badge = document.createElement('span');
	badge.className = 'badge badge--past';
	badge.textContent = label;
	(item.querySelector('.card__meta') ?? item).append(badge);
	const list = item.closest(`[${PAST_LIST}]`);
	if (!list) continue;
	const id = list.getAttribute(PAST_LIST);
	const target = id ? document.getElementById(id) : null;
	if (target) {
		target.prepend(item);
		target.closest('[hidden]')?.removeAttribute('hidden');
	} else item.hidden = true;
}

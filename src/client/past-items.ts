// Marks items that have ended since the build. Upcoming lists say where an ended item goes:
// `data-past-list="<id>"` moves it there (showing its section), an empty value hides it.
// Without JS the build's state stands.
const now = Date.now();
const label = document.body.dataset.pastLabel ?? '';
for (const item of document.querySelectorAll<HTMLElement>('[data-ends-at]')) {
	if (Date.parse(item.dataset.endsAt ?? '') > now || item.classList.contains('is-past')) continue;
	item.classList.add('is-past');
	const badge = document.createElement('span');
	badge.className = 'badge badge--past';
	badge.textContent = label;
	(item.querySelector('.card__meta') ?? item).append(badge);
	const list = item.closest<HTMLElement>('[data-past-list]');
	if (!list) continue;
	const target = list.dataset.pastList ? document.getElementById(list.dataset.pastList) : null;
	if (target) {
		target.prepend(item);
		target.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
	} else item.hidden = true;
}

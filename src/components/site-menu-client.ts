// The header's menu button (SiteHeader.astro): opens and closes the main navigation on narrow
// screens. The state is the button's `aria-expanded`; global.css hides the navigation while it is
// "false", below the menu breakpoint and only when scripting is on, so without this script (or
// JavaScript) the navigation simply stays in view. Escape in the open menu closes it and returns
// focus to the button.
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const nav = document.getElementById(button?.getAttribute('aria-controls') ?? '');
if (button && nav) {
	const isOpen = () => button.getAttribute('aria-expanded') === 'true';
	button.addEventListener('click', () => button.setAttribute('aria-expanded', String(!isOpen())));
	for (const element of [button, nav]) {
		element.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !isOpen()) return;
			button.setAttribute('aria-expanded', 'false');
			button.focus();
		});
	}
}

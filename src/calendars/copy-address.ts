// Copy buttons of calendar addresses (CalendarAddress.astro): revealed here, so without JavaScript
// the address is only shown as text to select. The outcome goes to the block's live region; when
// the clipboard is refused the address is selected, ready for the visitor's own copy.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
	const address = document.getElementById(button.dataset.copy!)!;
	const status = button.closest('.calendar-address')!.querySelector('[role=status]')!;
	button.hidden = false;
	button.addEventListener('click', () => {
		const say = (message: string) => {
			// Emptied first, so the same message is announced again on a second copy.
			status.textContent = '';
			setTimeout(() => (status.textContent = message), 50);
		};
		navigator.clipboard.writeText(address.textContent!).then(
			() => say(button.dataset.copied!),
			() => {
				getSelection()!.selectAllChildren(address);
				say(button.dataset.copyFailed!);
			},
		);
	});
}

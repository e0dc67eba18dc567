/**
 * The search dialog's keyboard shortcuts: Ctrl/⌘+K opens and closes it, `/` opens it unless the
 * reader is typing in a field.
 */
export interface ShortcutTarget {
	isOpen(): boolean;
	open(): void;
	close(): void;
}

/** Whether a key event comes from a place where `/` is text, not a shortcut (a field in a closed dialog is not one: nobody types there). */
const inField = (target: EventTarget | null) => {
	const field = (target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
	return field != null && field.closest('dialog:not([open])') === null;
};

export function bindSearchShortcuts(dialog: ShortcutTarget): void {
	window.addEventListener('keydown', (event) => {
		if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.isOpen()) dialog.close();
			else dialog.open();
			return;
		}
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || dialog.isOpen() || inField(event.target)) return;
		event.preventDefault();
		dialog.open();
	});
}

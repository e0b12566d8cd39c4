// Ctrl+V on a grid (not inside one of its inputs): hand the clipboard's text to the grid's paste preview, with the
// focused row (the row's data-paste-row, -1 when the focus is on no row) where a block without labels starts.
export function listen(element, grid) {
    element.addEventListener('paste', event => {
        const target = event.target;
        if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target?.isContentEditable) return;
        const text = event.clipboardData?.getData('text/plain');
        if (!text) return;
        event.preventDefault();
        const row = target instanceof Element ? target.closest('[data-paste-row]')?.getAttribute('data-paste-row') : null;
        grid.invokeMethodAsync('PastedAsync', text, row == null ? -1 : Number(row));
    });
}

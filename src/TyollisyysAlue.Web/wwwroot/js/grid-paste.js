// Ctrl+V on a grid (not inside one of its inputs): hand the clipboard's text to the grid's paste preview.
export function listen(element, grid) {
    element.addEventListener('paste', event => {
        const target = event.target;
        if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target?.isContentEditable) return;
        const text = event.clipboardData?.getData('text/plain');
        if (!text) return;
        event.preventDefault();
        grid.invokeMethodAsync('PastedAsync', text);
    });
}

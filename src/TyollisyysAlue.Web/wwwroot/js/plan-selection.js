// Kept apart from plan-editor.js so that a reader commenting on a passage does not load the editor's bundle.
// The passage the reader selected inside the given element (for a comment on a passage).
export function selectionIn(element) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !element) return '';
    const range = selection.getRangeAt(0);
    return element.contains(range.commonAncestorContainer) ? selection.toString().trim().slice(0, 1000) : '';
}

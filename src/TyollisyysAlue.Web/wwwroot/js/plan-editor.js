// The plan's section editor in the page: the WYSIWYG editor of ../lib/editor/editor.js (built by tools/editor) wired to
// Blazor - every change goes to the component as Markdown (which autosaves it) and to this browser's localStorage, so
// a dropped connection loses nothing (offered again on reopen). The toolbar's buttons name their command in
// data-command; Escape in the toolbar goes back to the text, Alt+F10 in the text goes to the toolbar.
import { createPlanEditor, markdownOf } from '../lib/editor/editor.js';

function remember(storageKey, markdown) {
    try { localStorage.setItem(storageKey, JSON.stringify({ body: markdown, at: Date.now() })); } catch { /* storage full or off */ }
}

// One tab stop for the whole toolbar (WAI-ARIA toolbar pattern): arrows, Home and End move between its buttons.
function roving(toolbar) {
    const buttons = () => [...toolbar.querySelectorAll('button')];
    const current = b => buttons().forEach(x => x.tabIndex = x === b ? 0 : -1);
    current(buttons()[0]);
    toolbar.addEventListener('focusin', e => { if (e.target.closest('button')) current(e.target.closest('button')); });
    toolbar.addEventListener('keydown', e => {
        const list = buttons(), at = list.indexOf(document.activeElement);
        const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: list.length - 1 }[e.key];
        if (to === undefined || at < 0) return;
        e.preventDefault();
        const next = list[(to + list.length) % list.length];
        current(next);
        next.focus();
    });
}

function wireToolbar(toolbar, handle, host, linkPrompt) {
    if (!toolbar) return;
    roving(toolbar);
    toolbar.addEventListener('mousedown', e => { if (e.target.closest('[data-command]')) e.preventDefault(); }); // keep the selection
    toolbar.addEventListener('click', e => {
        const button = e.target.closest('[data-command]');
        if (!button) return;
        const command = button.dataset.command;
        if (command === 'link') {
            if (handle.isActive('link')) { handle.run('unlink'); return; }
            const url = window.prompt(linkPrompt, 'https://');
            if (url !== null) handle.link(url.trim());
            return;
        }
        handle.run(command);
    });
    toolbar.addEventListener('keydown', e => {
        if (e.key === 'Escape') { e.preventDefault(); handle.focus(); }
    });
    host.addEventListener('keydown', e => {
        if (e.key === 'F10' && e.altKey) {
            e.preventDefault();
            (toolbar.querySelector('button[tabindex="0"]') || toolbar.querySelector('button'))?.focus();
        }
    });
}

/**
 * Starts the editor in host and returns its handle (also kept as host.planEditor, for the browser tests).
 * options: { html, headingShift, labelledBy, describedBy, toolbarId, testId, storageKey, linkPrompt }.
 */
export function create(host, component, options) {
    if (!host) return null;
    const toolbar = options.toolbarId ? document.getElementById(options.toolbarId) : null;
    host.planEditor?.destroy();
    const handle = createPlanEditor(host, {
        ...options,
        onChange: markdown => {
            if (options.storageKey) remember(options.storageKey, markdown);
            component.invokeMethodAsync('OnEditorChanged', markdown);
        },
    });
    wireToolbar(toolbar, handle, host, options.linkPrompt);
    host.planEditor = handle;
    host.dataset.planEditor = '1';
    return handle;
}

export function setHtml(host, html) {
    host?.planEditor?.setHtml(html);
}

export function destroy(host) {
    host?.planEditor?.destroy();
    if (host) delete host.planEditor;
}

export function stored(storageKey) {
    try {
        const item = localStorage.getItem(storageKey);
        return item ? JSON.parse(item).body : null;
    } catch { return null; }
}

export function forget(storageKey) {
    try { localStorage.removeItem(storageKey); } catch { /* ignore */ }
}

/** Markdown that the editor makes of server-rendered HTML (the round-trip check of the demo sections). */
export function roundTrip(html, headingShift) {
    return markdownOf(html, headingShift);
}

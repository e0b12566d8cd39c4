// The plan's section editor: toolbar insertions, pasting tables from Word/Excel as Markdown pipe tables, and a copy
// of the text in this browser's localStorage so a dropped connection loses nothing (offered again on reopen).

function notify(area) {
    area.dispatchEvent(new Event('input', { bubbles: true }));
}

function cell(text) {
    return (text || '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

export function toPipeTable(rows) {
    const cleaned = rows.map(r => r.map(cell)).filter(r => r.some(c => c.length > 0));
    if (cleaned.length === 0) return '';
    const width = Math.max(...cleaned.map(r => r.length));
    const pad = r => r.concat(Array(width - r.length).fill(''));
    const lines = [pad(cleaned[0]), Array(width).fill('---'), ...cleaned.slice(1).map(pad)];
    return lines.map(r => '| ' + r.join(' | ') + ' |').join('\n');
}

function tableFromHtml(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const table = doc.querySelector('table');
    if (!table) return null;
    const rows = [...table.querySelectorAll('tr')].map(tr => [...tr.querySelectorAll('th,td')].map(c => c.textContent));
    return toPipeTable(rows);
}

function tableFromTabs(text) {
    const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
    if (lines.length < 2 || !lines.every(l => l.includes('\t'))) return null;
    return toPipeTable(lines.map(l => l.split('\t')));
}

function insert(area, text) {
    const start = area.selectionStart, end = area.selectionEnd;
    area.value = area.value.slice(0, start) + text + area.value.slice(end);
    area.selectionStart = area.selectionEnd = start + text.length;
    notify(area);
}

export function attach(area, storageKey) {
    if (!area || area.dataset.planEditor) return;
    area.dataset.planEditor = '1';
    area.addEventListener('paste', e => {
        const data = e.clipboardData;
        if (!data) return;
        const html = data.getData('text/html');
        const table = (html && tableFromHtml(html)) || tableFromTabs(data.getData('text/plain') || '');
        if (!table) return;
        e.preventDefault();
        insert(area, '\n' + table + '\n');
    });
    area.addEventListener('input', () => {
        try { localStorage.setItem(storageKey, JSON.stringify({ body: area.value, at: Date.now() })); } catch { /* storage full or off */ }
    });
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

// Wraps the selection (or a placeholder) in before/after, e.g. **bold**; a line prefix when after is empty.
export function wrap(area, before, after, placeholder) {
    const start = area.selectionStart, end = area.selectionEnd;
    const selected = area.value.slice(start, end) || placeholder;
    let text;
    if (after === '' && before.endsWith(' ')) {
        text = selected.split('\n').map(l => before + l).join('\n');
        if (start > 0 && area.value[start - 1] !== '\n') text = '\n' + text;
    } else {
        text = before + selected + after;
    }
    area.focus();
    insert(area, text);
}

export function insertText(area, text) {
    area.focus();
    insert(area, text);
}

// The passage the reader selected inside the given element (for a comment on a passage).
export function selectionIn(element) {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || !element) return '';
    const range = selection.getRangeAt(0);
    return element.contains(range.commonAncestorContainer) ? selection.toString().trim().slice(0, 1000) : '';
}

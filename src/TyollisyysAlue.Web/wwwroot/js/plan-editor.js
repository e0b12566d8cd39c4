// The plan's section editor: toolbar insertions, pasting tables from Word/Excel as Markdown pipe tables, and a copy
// of the text in this browser's localStorage so a dropped connection loses nothing (offered again on reopen).

function notify(area) {
    area.dispatchEvent(new Event('input', { bubbles: true }));
}

// One table cell in Markdown: line breaks and runs of spaces flattened to one space, a literal | escaped.
function cell(text) {
    return (text || '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

export function toPipeTable(rows) {
    const cleaned = rows.map(r => r.map(cell)).filter(r => r.some(c => c.length > 0));
    if (cleaned.length === 0) return '';
    const width = Math.max(...cleaned.map(r => r.length));
    const pad = r => r.concat(Array(width - r.length).fill(''));
    const lines = [pad(cleaned[0]), Array(width).fill('---'), ...cleaned.slice(1).map(pad)];
    return lines.map(r => '| ' + r.join(' | ') + ' |').join('\n');
}

// The text of a cell with its paragraphs and <br>s kept apart (Word puts a <p> in every cell; textContent would glue them).
function cellText(element) {
    let text = '';
    const walk = node => {
        if (node.nodeType === Node.TEXT_NODE) { text += node.nodeValue; return; }
        if (node.nodeType !== Node.ELEMENT_NODE || /^(STYLE|SCRIPT)$/.test(node.tagName)) return;
        const block = /^(P|DIV|BR|LI|H[1-6]|TABLE|TR)$/.test(node.tagName);
        if (block) text += ' ';
        node.childNodes.forEach(walk);
        if (block) text += ' ';
    };
    walk(element);
    return text;
}

function tableFromHtml(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const table = doc.querySelector('table');
    if (!table) return null;
    // table.rows and row.cells: only this table's own rows and cells, not those of a table nested in a cell.
    const rows = [...table.rows].map(tr => [...tr.cells].map(cellText));
    return toPipeTable(rows);
}

// Excel's tab-separated text: a cell with a line break, a tab or a quote comes quoted ("a""b" is a"b).
function parseTabs(text) {
    const rows = [[]];
    let field = '', i = 0;
    const endField = () => { rows[rows.length - 1].push(field); field = ''; };
    while (i < text.length) {
        const ch = text[i];
        if (ch === '"' && field === '') {
            let j = i + 1;
            for (;;) {
                const k = text.indexOf('"', j);
                if (k < 0) { j = -1; break; }
                if (text[k + 1] === '"') { j = k + 2; continue; }
                j = k; break;
            }
            if (j > i && (j + 1 >= text.length || text[j + 1] === '\t' || text[j + 1] === '\n')) {
                field = text.slice(i + 1, j).replace(/""/g, '"');
                i = j + 1;
                continue;
            }
        }
        if (ch === '\t') endField();
        else if (ch === '\n') { endField(); rows.push([]); }
        else field += ch;
        i++;
    }
    endField();
    return rows;
}

function tableFromTabs(text) {
    const clean = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (!clean.includes('\t')) return null;
    const rows = parseTabs(clean);
    if (rows.length < 2 || !rows.every(r => r.length > 1)) return null;
    return toPipeTable(rows);
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

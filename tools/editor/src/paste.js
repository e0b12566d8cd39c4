// What Word and Excel put on the clipboard, made into plain structure the editor keeps: tables with a header row,
// Word's list paragraphs as real lists, Excel's tab-separated cells as a table.

function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Excel's tab-separated text: a cell with a line break, a tab or a quote comes quoted ("a""b" is a"b).
export function parseTabs(text) {
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

/** An HTML table for tab-separated text of at least two rows of at least two cells, else null. */
export function tableFromTabs(text) {
    const clean = (text || '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
    if (!clean.includes('\t')) return null;
    const rows = parseTabs(clean).filter(r => r.some(c => c.trim() !== ''));
    if (rows.length < 2 || !rows.every(r => r.length > 1)) return null;
    const width = Math.max(...rows.map(r => r.length));
    const cell = (tag, text) => `<${tag}><p>${escapeHtml(text.replace(/\s+/g, ' ').trim())}</p></${tag}>`;
    const row = (r, tag) => '<tr>' + [...r, ...Array(width - r.length).fill('')].map(c => cell(tag, c)).join('') + '</tr>';
    return '<table><tbody>' + row(rows[0], 'th') + rows.slice(1).map(r => row(r, 'td')).join('') + '</tbody></table>';
}

// Word marks list paragraphs with a class and writes the bullet or number as text in a span it asks to ignore.
function wordLists(doc) {
    const isListParagraph = p => p && p.nodeName === 'P' && /MsoListParagraph/.test(p.className || '');
    for (const first of [...doc.querySelectorAll('p')].filter(isListParagraph)) {
        if (!first.isConnected || isListParagraph(first.previousElementSibling)) continue;
        const marker = p => (p.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]')?.textContent || '').trim();
        const list = doc.createElement(/^\d+[.)]$/.test(marker(first)) ? 'ol' : 'ul');
        first.before(list);
        let p = first;
        while (isListParagraph(p)) {
            const next = p.nextElementSibling;
            p.querySelectorAll('span[style*="mso-list"]').forEach(s => { if (/Ignore/i.test(s.getAttribute('style'))) s.remove(); });
            const item = doc.createElement('li');
            item.innerHTML = p.innerHTML.replace(/^(\s|&nbsp;)+/, '');
            list.append(item);
            p.remove();
            p = next;
        }
    }
}

/** Clipboard HTML made ready for the editor's schema (which drops whatever it does not know, e.g. styles and images). */
export function cleanPastedHtml(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    wordLists(doc);
    for (const table of doc.querySelectorAll('table')) {
        const first = table.rows[0];
        if (!first) continue;
        for (const td of [...first.cells].filter(c => c.nodeName === 'TD')) {
            const th = doc.createElement('th');
            th.innerHTML = td.innerHTML;
            // A header cell is bold already; Word's own bold there would only add ** to the Markdown.
            th.querySelectorAll('b, strong').forEach(b => b.replaceWith(...b.childNodes));
            td.replaceWith(th);
        }
    }
    return doc.body.innerHTML;
}

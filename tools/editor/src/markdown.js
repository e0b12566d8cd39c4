// Editor HTML -> the plan's Markdown dialect (CommonMark + pipe tables + ~~strike~~, as PlanMarkdownSyntax reads it).
// Turndown does the inline work; tables, list items and headings have rules of their own so that the Markdown stays
// what a person would type (tight "- item" lists, one pipe-table row per line, the section's heading levels).
import TurndownService from 'turndown';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

// One table cell on one line: paragraphs and line breaks inside a cell become spaces, a literal | is escaped.
function cellText(content) {
    return content.replace(/\s*\n+\s*/g, ' ').replace(/\s+/g, ' ').trim().replace(/(^|[^\\])\|/g, '$1\\|');
}

function alignOf(cell) {
    if (cell.classList.contains('align-right')) return '---:';
    if (cell.classList.contains('align-center')) return ':---:';
    return '---';
}

/** @param {number} headingShift how many levels the editor shows headings below their Markdown level (the page's h2/h3). */
export function createConverter(headingShift) {
    const service = new TurndownService({
        headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_', strongDelimiter: '**', hr: '---',
    });
    service.remove(['colgroup', 'style', 'script']);
    service.addRule('heading', {
        filter: HEADINGS,
        replacement: (content, node) => {
            const level = Math.max(1, Math.min(6, Number(node.nodeName[1]) - headingShift));
            return '\n\n' + '#'.repeat(level) + ' ' + content.replace(/\s*\n+\s*/g, ' ').trim() + '\n\n';
        },
    });
    service.addRule('strikethrough', { filter: ['s', 'del', 'strike'], replacement: content => '~~' + content + '~~' });
    service.addRule('listItem', {
        filter: 'li',
        replacement: (content, node) => {
            const parent = node.parentNode;
            let prefix = '- ';
            if (parent.nodeName === 'OL') {
                const start = Number(parent.getAttribute('start') || 1);
                prefix = (start + Array.prototype.indexOf.call(parent.children, node)) + '. ';
            }
            const indent = ' '.repeat(prefix.length);
            // A nested list follows its item's text on the next line (a blank line would make the list loose: <p>s).
            const text = content.replace(/^\n+/, '').replace(/\n+$/, '').replace(/\n{2,}(?=(?:- |\d+\. ))/g, '\n')
                .replace(/\n/g, '\n' + indent);
            return prefix + text + (node.nextSibling ? '\n' : '');
        },
    });
    service.addRule('tableCell', {
        filter: ['th', 'td'],
        replacement: content => ' ' + cellText(content) + ' |',
    });
    service.addRule('tableRow', {
        filter: 'tr',
        replacement: (content, node) => {
            let line = '|' + content + '\n';
            // Markdown tables always have a header row: the first row is it, whatever its cells were.
            if (node === node.closest('table').rows[0]) line += '| ' + [...node.cells].map(alignOf).join(' | ') + ' |\n';
            return line;
        },
    });
    service.addRule('tableSection', { filter: ['thead', 'tbody', 'tfoot'], replacement: content => content });
    service.addRule('table', { filter: 'table', replacement: content => '\n\n' + content.trim() + '\n\n' });
    return html => service.turndown(html || '').replace(/\n{3,}/g, '\n\n').trim();
}

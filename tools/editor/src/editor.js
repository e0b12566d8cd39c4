// The plan's section editor: TipTap (ProseMirror) with the structures plan Markdown has - headings, bold/italic,
// strikethrough, lists, links (http/https/mailto only), tables with a header row, quotes, code - and nothing else, so
// whatever is typed or pasted can be saved as Markdown. The server renders Markdown to sanitised HTML to load it here
// and renders (and sanitises) the saved Markdown again for every reader; this bundle never decides what is safe.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Table, TableRow, TableHeader, TableCell } from '@tiptap/extension-table';
import { createConverter } from './markdown.js';
import { cleanPastedHtml, tableFromTabs } from './paste.js';

const SCHEMES = ['http', 'https', 'mailto'];

export function isAllowedUrl(url) {
    const match = /^([a-z][a-z0-9+.-]*):/i.exec((url || '').trim());
    return match ? SCHEMES.includes(match[1].toLowerCase()) : !/^\/\//.test((url || '').trim());
}

// Column alignment travels as the class PlanHtml gives a cell (align-right/align-center) and back to ---: in Markdown.
const align = {
    align: {
        default: null,
        parseHTML: el => el.classList.contains('align-right') ? 'right' : el.classList.contains('align-center') ? 'center' : null,
        renderHTML: attrs => attrs.align ? { class: 'align-' + attrs.align } : {},
    },
};
const AlignedHeader = TableHeader.extend({ addAttributes() { return { ...this.parent?.(), ...align }; } });
const AlignedCell = TableCell.extend({ addAttributes() { return { ...this.parent?.(), ...align }; } });

function extensions() {
    return [
        StarterKit.configure({
            underline: false, // Markdown has no underline
            link: {
                openOnClick: false, autolink: true, linkOnPaste: true, defaultProtocol: 'https', protocols: SCHEMES,
                isAllowedUri: (url, ctx) => isAllowedUrl(url) && ctx.defaultValidate(url),
                HTMLAttributes: { rel: null, target: null, class: null },
            },
        }),
        Table.configure({ resizable: false }),
        TableRow, AlignedHeader, AlignedCell,
    ];
}

/**
 * Creates the editor in host.
 * @param {HTMLElement} host
 * @param {{ html: string, headingShift: number, label?: string, labelledBy?: string, describedBy?: string, testId?: string,
 *           onChange: (markdown: string) => void }} options
 */
export function createPlanEditor(host, options) {
    const toMarkdown = createConverter(options.headingShift);
    const attributes = {
        role: 'textbox', 'aria-multiline': 'true', class: 'plan-editor-area plan-text', spellcheck: 'true',
    };
    if (options.labelledBy) attributes['aria-labelledby'] = options.labelledBy;
    else attributes['aria-label'] = options.label;
    if (options.describedBy) attributes['aria-describedby'] = options.describedBy;
    if (options.testId) attributes['data-testid'] = options.testId;
    let last = null;
    const editor = new Editor({
        element: host,
        extensions: extensions(),
        content: options.html || '',
        editorProps: {
            attributes,
            transformPastedHTML: cleanPastedHtml,
            handlePaste: (view, event) => {
                const data = event.clipboardData;
                if (!data || data.getData('text/html')) return false;
                const table = tableFromTabs(data.getData('text/plain'));
                if (!table) return false;
                editor.chain().focus().insertContent(table).run();
                return true;
            },
        },
        onUpdate: () => {
            const markdown = toMarkdown(editor.getHTML());
            if (markdown === last) return;
            last = markdown;
            options.onChange(markdown);
        },
    });
    last = toMarkdown(editor.getHTML());
    const shift = options.headingShift;
    const commands = {
        bold: () => editor.chain().focus().toggleBold().run(),
        italic: () => editor.chain().focus().toggleItalic().run(),
        strike: () => editor.chain().focus().toggleStrike().run(),
        heading: () => editor.chain().focus().toggleHeading({ level: Math.min(6, shift + 1) }).run(),
        subheading: () => editor.chain().focus().toggleHeading({ level: Math.min(6, shift + 2) }).run(),
        bulletList: () => editor.chain().focus().toggleBulletList().run(),
        orderedList: () => editor.chain().focus().toggleOrderedList().run(),
        table: () => editor.chain().focus().insertTable({ rows: 3, cols: 2, withHeaderRow: true }).run(),
        addRow: () => editor.chain().focus().addRowAfter().run(),
        addColumn: () => editor.chain().focus().addColumnAfter().run(),
        deleteRow: () => editor.chain().focus().deleteRow().run(),
        deleteColumn: () => editor.chain().focus().deleteColumn().run(),
        undo: () => editor.chain().focus().undo().run(),
        redo: () => editor.chain().focus().redo().run(),
        unlink: () => editor.chain().focus().extendMarkRange('link').unsetLink().run(),
    };
    return {
        editor,
        /** The text as Markdown, as it is saved. */
        markdown: () => toMarkdown(editor.getHTML()),
        /** Replaces the text (e.g. a restored copy) without announcing it as typing. */
        setHtml: html => { editor.commands.setContent(html || '', { emitUpdate: false }); last = toMarkdown(editor.getHTML()); },
        run: name => commands[name]?.() ?? false,
        isActive: name => editor.isActive(name),
        /** Links the selection (or inserts the address as its own text); refuses other schemes than http/https/mailto. */
        link: url => {
            if (!url || !isAllowedUrl(url)) return false;
            const chain = editor.chain().focus();
            return editor.state.selection.empty
                ? chain.insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] }).run()
                : chain.extendMarkRange('link').setLink({ href: url }).run();
        },
        focus: () => editor.commands.focus(),
        destroy: () => editor.destroy(),
    };
}

/** Markdown of editor HTML without showing an editor: the round trip the tests check for every demo section. */
export function markdownOf(html, headingShift) {
    const host = document.createElement('div');
    const editor = new Editor({ element: host, extensions: extensions(), content: html || '' });
    try { return createConverter(headingShift)(editor.getHTML()); }
    finally { editor.destroy(); }
}

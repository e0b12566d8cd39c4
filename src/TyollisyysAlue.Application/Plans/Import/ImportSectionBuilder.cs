namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Writes the sections of an import one block at a time: each heading starts a section, the blocks after it become
/// its Markdown body (paragraphs, lists, tables, bold lines for deeper headings), and what is left out is noted
/// where it stood.
/// </summary>
internal sealed class ImportSectionBuilder(ImportNotes notes)
{
    private readonly List<(int Level, string Heading, List<string> Parts)> _sections = [];
    private readonly List<ImportListItem> _list = [];
    private bool _lastWasList, _alternateList;

    public int? Current => _sections.Count == 0 ? null : _sections.Count - 1;

    /// <summary>A new section; a subsection before any main section becomes a main section.</summary>
    public void Start(int level, string heading)
    {
        Flush();
        _lastWasList = false;
        _sections.Add((level == 2 && _sections.Count > 0 ? 2 : 1, heading, []));
    }

    /// <summary>A heading below the plan's two levels: a bold line in the current section.</summary>
    public void AddDeepHeading(string heading)
    {
        notes.Add(ImportNoteKind.DeepHeading, Current, heading);
        Part("**" + ImportMarkdown.Escape(heading) + "**");
    }

    public void Add(ImportBlock block)
    {
        switch (block)
        {
            case ImportListItem item:
                if (_list.Count > 0 && _list[^1].ListId != item.ListId) Flush();
                _list.Add(item);
                break;
            case ImportParagraph paragraph:
                var runs = paragraph.Role is ParagraphRole.Caption or ParagraphRole.Title
                    ? [.. paragraph.Runs.Select(r => r with { Bold = true })] : paragraph.Runs;
                var text = ImportMarkdown.Inline(runs, UnsafeLink);
                if (text.Length > 0) Part(text);
                break;
            case ImportTable table:
                var (markdown, merged) = ImportMarkdownBlocks.Table(table, UnsafeLink);
                var name = table.Caption ?? FirstCell(table);
                if (merged) notes.Add(ImportNoteKind.MergedCells, Current, name);
                if (table.Caption is not null) notes.Add(ImportNoteKind.FrozenTable, Current, table.Caption);
                if (markdown.Length > 0) Part(markdown);
                break;
            case ImportOmission omission:
                notes.Add(omission.Kind, Current, omission.Detail);
                break;
        }
    }

    public IReadOnlyList<ImportedSection> Finish()
    {
        Flush();
        return [.. _sections.Select(s => new ImportedSection(s.Level, s.Heading, string.Join("\n\n", s.Parts)))];
    }

    private void UnsafeLink(string target) => notes.Add(ImportNoteKind.UnsafeLink, Current, target);

    private void Part(string markdown)
    {
        Flush();
        _lastWasList = false;
        _ = Current ?? throw new InvalidOperationException("Text before any section: the mapper starts one first.");
        _sections[^1].Parts.Add(markdown);
    }

    /// <summary>Writes the pending list; a list right after another one uses the other markers so they stay apart.</summary>
    private void Flush()
    {
        if (_list.Count == 0) return;
        _alternateList = _lastWasList && !_alternateList;
        var markdown = ImportMarkdownBlocks.List(_list, UnsafeLink, _alternateList);
        _list.Clear();
        _ = Current ?? throw new InvalidOperationException("A list before any section: the mapper starts one first.");
        _sections[^1].Parts.Add(markdown);
        _lastWasList = true;
    }

    private static string? FirstCell(ImportTable table) =>
        table.Rows.Count > 0 && table.Rows[0].Count > 0 ? ImportMarkdown.Plain(table.Rows[0][0].Runs) : null;
}

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Model;

/// <summary>
/// What a plan is made of once its Markdown is parsed: the one model that the PDF layout and the .docx writer both
/// render, so the two formats cannot drift apart on what a section contains.
/// </summary>
internal abstract record PlanBlock;

/// <summary>A run of text in one style; <see cref="Link"/> is the target of a Markdown link, if any.</summary>
internal sealed record PlanRun(string Text, bool Bold = false, bool Italic = false, string? Link = null)
{
    public const string LineBreak = "\n";
    public bool IsLineBreak => Text == LineBreak;
}

/// <summary>A heading: level 1 and 2 are the plan's sections (with their number), 3–6 headings inside a body.</summary>
internal sealed record HeadingBlock(int Level, string Number, IReadOnlyList<PlanRun> Runs) : PlanBlock
{
    public string Text => (Number.Length > 0 ? Number + " " : "") + string.Concat(Runs.Select(r => r.IsLineBreak ? " " : r.Text));
}

internal sealed record ParagraphBlock(IReadOnlyList<PlanRun> Runs) : PlanBlock;

/// <summary>A bullet or numbered list; each item holds its own blocks (paragraphs, nested lists).</summary>
internal sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<IReadOnlyList<PlanBlock>> Items) : PlanBlock
{
    public string Label(int index) => Ordered ? $"{Start + index}." : "•";
}

/// <summary>A Markdown pipe table or a live table: header row, body rows (a totals row is bold), note below.</summary>
internal sealed record TableBlock(
    string? Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    string? Note = null) : PlanBlock;

internal sealed record TableColumn(IReadOnlyList<PlanRun> Header, bool AlignRight);

internal sealed record TableRow(IReadOnlyList<IReadOnlyList<PlanRun>> Cells, bool IsTotal = false);

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// A word-processor document as the plan import reads it, whatever its format (.docx, .odt, Markdown, text): the
/// blocks in reading order. Every reader produces this one model, and <see cref="PlanImportMapper"/> alone turns it
/// into plan sections, so the formats cannot differ in what becomes a section, a list or a table.
/// </summary>
/// <param name="Format">"docx", "odt", "md" or "txt".</param>
/// <param name="Title">The title in the file's properties (Word's and LibreOffice's "Title"), if any.</param>
public sealed record ImportedDocument(string Format, IReadOnlyList<ImportBlock> Blocks, string? Title = null);

public abstract record ImportBlock;

/// <summary>A heading as the reader found it (its number, typed or produced by the word processor, is part of the text).</summary>
/// <param name="Level">1 for Heading 1 / Otsikko 1 / Rubrik 1 or outline level 1, and so on.</param>
public sealed record ImportHeading(int Level, string Text) : ImportBlock;

public enum ParagraphRole
{
    Body,
    /// <summary>The document's title (Title style): the version's title.</summary>
    Title,
    /// <summary>A subtitle or other cover-page style.</summary>
    Subtitle,
    /// <summary>A caption of a table or figure.</summary>
    Caption,
}

public sealed record ImportParagraph(IReadOnlyList<ImportRun> Runs, ParagraphRole Role = ParagraphRole.Body) : ImportBlock;

/// <summary>A run of text in one style. <see cref="Link"/> is the target as written in the document, not yet checked.</summary>
public sealed record ImportRun(string Text, bool Bold = false, bool Italic = false, string? Link = null)
{
    public const string LineBreak = "\n";
    public bool IsLineBreak => Text == LineBreak;
    public static ImportRun Break { get; } = new(LineBreak);
}

/// <summary>One item of a bullet or numbered list; consecutive items with the same <see cref="ListId"/> form one list.</summary>
/// <param name="Depth">0 for the outermost level.</param>
public sealed record ImportListItem(int ListId, int Depth, bool Ordered, IReadOnlyList<ImportRun> Runs) : ImportBlock;

/// <summary>
/// A table with every grid position present: a position covered by a merged cell is <see cref="ImportCell.Covered"/>.
/// The first row is the header row of the plan's Markdown table.
/// </summary>
/// <param name="Caption">The table's own title (Word's table title, e.g. the one the product's export gives a live table).</param>
public sealed record ImportTable(IReadOnlyList<IReadOnlyList<ImportCell>> Rows, string? Caption = null) : ImportBlock;

public sealed record ImportCell(IReadOnlyList<ImportRun> Runs, bool Covered = false, bool AlignRight = false)
{
    public static ImportCell CoveredCell { get; } = new([], Covered: true);
}

/// <summary>A page break: what stands before the first heading up to the last page break is the cover page.</summary>
public sealed record ImportPageBreak : ImportBlock
{
    public static ImportPageBreak Instance { get; } = new();
}

/// <summary>Something the reader met and did not import, where it stood (see <see cref="ImportNoteKind"/>).</summary>
/// <param name="Detail">A short text to recognise it by (a link's address, a file's name), if any.</param>
public sealed record ImportOmission(ImportNoteKind Kind, string? Detail = null) : ImportBlock;

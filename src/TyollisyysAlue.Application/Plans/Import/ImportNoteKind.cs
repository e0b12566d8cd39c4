namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// What the preview tells the planner about the import: what was not imported and why, and what was changed on the
/// way. The readers report the first group where they meet it (<see cref="ImportOmission"/>); the mapper adds the rest.
/// The UI's texts are "PlanImport.Note.{kind}".
/// </summary>
public enum ImportNoteKind
{
    // Reported by the readers.
    Image = 1,
    TextBox = 2,
    Comment = 3,
    /// <summary>Tracked changes: the accepted text (insertions kept, deletions dropped) was imported.</summary>
    TrackedChanges = 4,
    Footnote = 5,
    /// <summary>Charts, shapes, equations, embedded spreadsheets and other objects.</summary>
    EmbeddedObject = 6,
    /// <summary>The table of contents (or another index): the plan builds its own.</summary>
    TableOfContents = 7,
    /// <summary>A table inside a table cell: its text is kept in the cell, its structure is not.</summary>
    NestedTable = 8,
    /// <summary>Raw HTML in a Markdown file.</summary>
    Html = 9,

    // Added by the mapper.
    /// <summary>Merged table cells were split: the text stays in the first cell, the others are empty.</summary>
    MergedCells = 20,
    /// <summary>Headings below the plan's two levels became bold lines.</summary>
    DeepHeading = 21,
    /// <summary>The document has no headings: it became one section.</summary>
    NoHeadings = 22,
    /// <summary>A link to something other than http, https or mailto: its text was kept, the link was not.</summary>
    UnsafeLink = 23,
    /// <summary>The cover page (text before the first heading up to a page break) was left out.</summary>
    CoverPage = 24,
    /// <summary>The headings' numbers were the plan's own numbering, so they were taken off (the plan numbers itself).</summary>
    NumbersRemoved = 25,
    /// <summary>A table with a title of its own (e.g. a live table of the product's export) came in as a fixed table.</summary>
    FrozenTable = 26,
    /// <summary>A "heading" too long to be one became a bold paragraph.</summary>
    LongHeading = 27,
    /// <summary>The document has much text in both Finnish and Swedish; one version holds one language.</summary>
    Bilingual = 28,
    /// <summary>Text before the first heading became an introduction section.</summary>
    Introduction = 29,
}

/// <summary>One kind of note with how many times it occurred, in which sections and a few examples.</summary>
public sealed record ImportNote(ImportNoteKind Kind, int Count, IReadOnlyList<string> Sections, IReadOnlyList<string> Details);

using TyollisyysAlue.Texts;
using TyollisyysAlue.Application.Plans.LiveBlocks;

namespace TyollisyysAlue.Application.Plans.Export;

/// <summary>
/// One version of an arrangement plan, ready to print: what the PDF and .docx exporters receive. The plan feature
/// builds it from a stored version (frozen live tables for approved versions, current data for drafts).
/// </summary>
/// <param name="Language">"fi" or "sv": the document's language (set in the PDF catalog and the .docx).</param>
/// <param name="Status">A text of the table with its arguments, e.g. "Hyväksytty 12.6.2023 (Työllisyysjaosto § 15)" once rendered.</param>
public sealed record PlanDocument(
    string Language,
    string Title,
    string AreaName,
    string VersionLabel,
    DateOnly VersionDate,
    TextCode Status,
    IReadOnlyList<PlanDocumentSection> Sections)
{
    /// <summary>The resource table in the document's language: the exporters' fixed words come from it.</summary>
    public TextTable Texts => TextTable.In(Language);
}

/// <param name="Number">"1", "2", "2.1" — sections nest one level.</param>
/// <param name="Level">1 for a main section, 2 for a subsection.</param>
/// <param name="MarkdownBody">CommonMark + pipe tables (headings inside a body are below the section's level).</param>
public sealed record PlanDocumentSection(
    string Number,
    string Heading,
    int Level,
    string MarkdownBody,
    IReadOnlyList<LiveTable> Tables);

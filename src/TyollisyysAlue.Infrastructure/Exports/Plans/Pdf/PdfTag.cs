namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// One structure element of the tagged PDF (Document, H1, P, L, LI, Table, TR, TH, TD, Link …) while the plan is
/// laid out. Its kids, in reading order, are other elements, marked content on a page (page index + MCID) and
/// annotations (page index + the annotation's position in that page's /Annots). Written out by
/// <see cref="PdfStructureWriter"/>.
/// </summary>
internal sealed class PdfTag(string role, PdfTag? parent = null)
{
    public string Role { get; } = role;
    public PdfTag? Parent { get; } = parent;
    public List<object> Kids { get; } = [];
    /// <summary>Table header cells: /Scope /Column.</summary>
    public bool ColumnHeader { get; init; }
    /// <summary>Link elements: the annotation's /Contents (what the link goes to, for assistive technology).</summary>
    public string? Description { get; init; }

    public PdfTag Add(string childRole, bool columnHeader = false, string? description = null)
    {
        var child = new PdfTag(childRole, this) { ColumnHeader = columnHeader, Description = description };
        Kids.Add(child);
        return child;
    }

    public IEnumerable<PdfTag> SelfAndDescendants() => Kids.OfType<PdfTag>().SelectMany(k => k.SelfAndDescendants()).Prepend(this);
}

/// <summary>Marked content with <paramref name="Mcid"/> in page <paramref name="Page"/> (0-based)'s content stream.</summary>
internal sealed record PdfMarkedContent(int Page, int Mcid);

/// <summary>The <paramref name="Index"/>th annotation of page <paramref name="Page"/>.</summary>
internal sealed record PdfAnnotationRef(int Page, int Index);

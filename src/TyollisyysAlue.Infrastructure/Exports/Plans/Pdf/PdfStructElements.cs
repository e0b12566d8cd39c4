using UglyToad.PdfPig.Tokens;
using static TyollisyysAlue.Infrastructure.Exports.Plans.Pdf.PdfStructureWriter;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>The StructElem dictionaries and the ParentTree (ISO 32000-1, 14.7) for the laid-out tags.</summary>
internal static class PdfStructElements
{
    public static DictionaryToken Element(PdfTag tag, IndirectReferenceToken parent, IReadOnlyDictionary<PdfTag, IndirectReferenceToken> tags,
        IReadOnlyList<IndirectReferenceToken> pages, IReadOnlyList<List<IndirectReferenceToken>> annotations)
    {
        var kids = tag.Kids.Select(kid => kid switch
        {
            PdfTag child => tags[child],
            PdfMarkedContent mc => Dictionary(("Type", Name("MCR")), ("Pg", pages[mc.Page]), ("MCID", new NumericToken(mc.Mcid))),
            PdfAnnotationRef a => (IToken)Dictionary(("Type", Name("OBJR")), ("Pg", pages[a.Page]), ("Obj", annotations[a.Page][a.Index])),
            _ => throw new InvalidOperationException($"Unknown structure kid {kid}."),
        }).ToList();
        var element = Dictionary(("Type", Name("StructElem")), ("S", Name(tag.Role)), ("P", parent), ("K", new ArrayToken(kids)));
        if (tag.ColumnHeader) element = element.With("A", Dictionary(("O", Name("Table")), ("Scope", Name("Column"))));
        if (tag.Description is not null) element = element.With("Alt", new StringToken(tag.Description));
        return element;
    }

    /// <summary>
    /// Keys 0…pages−1: each page's array of the elements owning its MCIDs 0, 1, …; then one key per link
    /// annotation (its /StructParent), in page order, pointing at its Link element.
    /// </summary>
    public static DictionaryToken ParentTree(IReadOnlyList<PdfPlanPage> pages, IReadOnlyDictionary<PdfTag, IndirectReferenceToken> tags)
    {
        var nums = new List<IToken>();
        for (var p = 0; p < pages.Count; p++)
        {
            nums.Add(new NumericToken(p));
            nums.Add(new ArrayToken([.. pages[p].McidOwners.Select(t => tags[t])]));
        }
        var key = pages.Count;
        foreach (var owner in pages.SelectMany(p => p.AnnotationOwners))
        {
            nums.Add(new NumericToken(key++));
            nums.Add(tags[owner]);
        }
        return Dictionary(("Nums", new ArrayToken(nums)));
    }
}

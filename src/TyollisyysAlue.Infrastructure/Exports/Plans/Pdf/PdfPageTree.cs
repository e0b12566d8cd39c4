using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>The page objects of a PDF in page order, found by walking the catalog's /Pages tree.</summary>
internal static class PdfPageTree
{
    public static List<IndirectReferenceToken> References(Structure structure)
    {
        var pages = new List<IndirectReferenceToken>();
        var root = (IndirectReferenceToken)structure.Catalog.CatalogDictionary.Data[NameToken.Pages.Data];
        Walk(structure, root, pages);
        return pages;
    }

    private static void Walk(Structure structure, IndirectReferenceToken node, List<IndirectReferenceToken> pages)
    {
        var dictionary = (DictionaryToken)structure.GetObject(node.Data).Data;
        if (!dictionary.Data.TryGetValue(NameToken.Kids.Data, out var token) || token is not ArrayToken kids)
        {
            pages.Add(node);
            return;
        }
        foreach (var kid in kids.Data.OfType<IndirectReferenceToken>()) Walk(structure, kid, pages);
    }
}

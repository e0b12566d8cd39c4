using TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

/// <summary>One structure element read back from the PDF: its role, its text (from the marked content its MCRs point at), its page(s).</summary>
internal sealed record ReadElement(string Role, string Text, IReadOnlyList<int> Pages, DictionaryToken Dictionary, IReadOnlyList<ReadElement> Children);

/// <summary>Walks a PDF's structure tree with PdfPig's low-level tokens, resolving MCIDs to the text in the page content.</summary>
internal sealed class PdfStructureReading(PdfDocument document)
{
    private readonly List<IndirectReferenceToken> pageRefs = PdfPageTree.References(document.Structure);
    private readonly Dictionary<int, List<MarkedContentElement>> markedContent = [];

    public DictionaryToken Catalog => document.Structure.Catalog.CatalogDictionary;

    public IToken Resolve(IToken token) => token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    public DictionaryToken Get(DictionaryToken dictionary, string key) => (DictionaryToken)Resolve(dictionary.Data[key]);

    public ReadElement Root()
    {
        var treeRoot = Get(Catalog, "StructTreeRoot");
        var kids = (ArrayToken)Resolve(treeRoot.Data["K"]);
        return Element((DictionaryToken)Resolve(kids.Data[0]));
    }

    private ReadElement Element(DictionaryToken element)
    {
        var text = new System.Text.StringBuilder();
        var pages = new List<int>();
        var children = new List<ReadElement>();
        var kids = Resolve(element.Data["K"]) is ArrayToken array ? array.Data : [element.Data["K"]];
        foreach (var kid in kids.Select(Resolve).OfType<DictionaryToken>())
        {
            var type = kid.Data.TryGetValue("Type", out var t) ? ((NameToken)t).Data : "StructElem";
            if (type == "MCR")
            {
                var page = pageRefs.FindIndex(r => r.Data.Equals(((IndirectReferenceToken)kid.Data["Pg"]).Data));
                var mcid = (int)((NumericToken)kid.Data["MCID"]).Data;
                pages.Add(page);
                text.Append(MarkedText(page, mcid));
            }
            else if (type == "StructElem")
            {
                var child = Element(kid);
                children.Add(child);
                text.Append(child.Text);
                pages.AddRange(child.Pages);
            }
        }
        return new ReadElement(((NameToken)element.Data["S"]).Data, text.ToString(), pages, element, children);
    }

    private string MarkedText(int pageIndex, int mcid)
    {
        if (!markedContent.TryGetValue(pageIndex, out var elements))
            markedContent[pageIndex] = elements = [.. Flatten(document.GetPage(pageIndex + 1).GetMarkedContents())];
        var match = elements.Single(e => e.MarkedContentIdentifier == mcid && !e.IsArtifact);
        return string.Concat(match.Letters.Select(l => l.Value));
    }

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> elements) =>
        elements.SelectMany(e => Flatten(e.Children).Prepend(e));
}

internal static class ReadElementExtensions
{
    public static IEnumerable<ReadElement> All(this ReadElement element) => element.Children.SelectMany(All).Prepend(element);
}

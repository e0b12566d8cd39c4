using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Pdf;

/// <summary>
/// Makes PdfPig's output a tagged PDF, which PdfPig's builder cannot do (ADR 7): one incremental update that adds
/// the structure tree (StructTreeRoot, one StructElem per <see cref="PdfTag"/>, the ParentTree number tree from
/// MCIDs and link annotations back to their elements) and rewrites the catalog (/MarkInfo, /Lang,
/// /StructTreeRoot, /ViewerPreferences /DisplayDocTitle, XMP /Metadata), every page (/StructParents, /Tabs /S)
/// and every link annotation (/StructParent, /Contents, no border). The content streams with their MCIDs stay PdfPig's.
/// </summary>
internal static class PdfStructureWriter
{
    public static byte[] Apply(byte[] pdf, PdfTag document, IReadOnlyList<PdfPlanPage> pages, string language, string title)
    {
        using var read = PdfDocument.Open(pdf);
        var structure = read.Structure;
        var pageRefs = PdfPageTree.References(structure);
        if (pageRefs.Count != pages.Count) throw new InvalidOperationException($"Laid out {pages.Count} pages but PdfPig wrote {pageRefs.Count}.");

        var next = (int)structure.Trailer.Size;
        var tags = document.SelfAndDescendants().ToDictionary(t => t, _ => Reference(next++));
        var treeRoot = Reference(next++);
        var parentTree = Reference(next++);
        var metadata = Reference(next++);
        var annotations = pages.Select(p => p.AnnotationOwners.Select(_ => Reference(next++)).ToList()).ToList();
        var objects = new List<(int, IToken)>();

        foreach (var (tag, reference) in tags)
        {
            var parent = tag.Parent is null ? treeRoot : tags[tag.Parent];
            objects.Add(Number(reference, PdfStructElements.Element(tag, parent, tags, pageRefs, annotations)));
        }
        objects.Add(Number(treeRoot, Dictionary(("Type", Name("StructTreeRoot")), ("K", new ArrayToken([tags[document]])),
            ("ParentTree", parentTree), ("ParentTreeNextKey", new NumericToken(pages.Count + annotations.Sum(a => a.Count))))));
        objects.Add(Number(parentTree, PdfStructElements.ParentTree(pages, tags)));
        objects.Add(Number(metadata, PdfXmp.Stream(title, language)));

        var structParent = pages.Count;
        for (var p = 0; p < pages.Count; p++)
        {
            var page = (DictionaryToken)structure.GetObject(pageRefs[p].Data).Data;
            var oldAnnotations = page.Data.TryGetValue(NameToken.Annots.Data, out var annots) && annots is ArrayToken array ? array.Data : [];
            for (var a = 0; a < annotations[p].Count; a++)
            {
                var old = oldAnnotations[a] is IndirectReferenceToken r ? (DictionaryToken)structure.GetObject(r.Data).Data : (DictionaryToken)oldAnnotations[a];
                objects.Add(Number(annotations[p][a], old.With("StructParent", new NumericToken(structParent++))
                    .With("Contents", new StringToken(pages[p].AnnotationOwners[a].Description ?? ""))
                    .With("Border", new ArrayToken([new NumericToken(0), new NumericToken(0), new NumericToken(0)]))));
            }
            var updated = page.With("StructParents", new NumericToken(p)).With("Tabs", Name("S"));
            if (annotations[p].Count > 0) updated = updated.With(NameToken.Annots, new ArrayToken(annotations[p]));
            objects.Add(Number(pageRefs[p], updated));
        }

        var catalog = structure.Catalog.CatalogDictionary
            .With("StructTreeRoot", treeRoot)
            .With("MarkInfo", Dictionary(("Marked", BooleanToken.True)))
            .With("Lang", new StringToken(language))
            .With("ViewerPreferences", Dictionary(("DisplayDocTitle", BooleanToken.True)))
            .With("Metadata", metadata);
        objects.Add(Number(new IndirectReferenceToken(structure.Trailer.Root), catalog));
        return PdfIncrementalUpdate.Append(pdf, structure.XrefOffset, structure.Trailer, next, objects);
    }

    internal static IndirectReferenceToken Reference(int number) => new(new IndirectReference(number, 0));

    internal static NameToken Name(string name) => NameToken.Create(name);

    internal static DictionaryToken Dictionary(params (string Key, IToken Value)[] entries) =>
        new(entries.ToDictionary(e => NameToken.Create(e.Key), e => e.Value));

    private static (int, IToken) Number(IndirectReferenceToken reference, IToken token) => ((int)reference.Data.ObjectNumber, token);
}

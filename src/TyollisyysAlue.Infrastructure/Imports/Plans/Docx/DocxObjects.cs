using DocumentFormat.OpenXml;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Docx;

/// <summary>
/// What a drawing, picture, OLE object or markup-compatibility block in a run is, told by what it contains (Word
/// wraps text boxes and shapes in mc:AlternateContent with a VML fallback): its text is never imported.
/// </summary>
internal static class DocxObjects
{
    public static readonly HashSet<string> LocalNames = new(StringComparer.Ordinal) { "drawing", "pict", "object", "AlternateContent", "oMath", "oMathPara" };

    public static ImportOmission Classify(OpenXmlElement element)
    {
        var all = element.Descendants().ToList();
        if (all.FirstOrDefault(d => d.LocalName == "txbxContent") is { } box)
            return new ImportOmission(ImportNoteKind.TextBox, box.InnerText);
        if (all.Any(d => d.LocalName is "blip" or "imagedata" or "pic"))
            return new ImportOmission(ImportNoteKind.Image, Description(all));
        return new ImportOmission(ImportNoteKind.EmbeddedObject, Description(all));
    }

    /// <summary>The alternative text (or name) Word keeps on wp:docPr.</summary>
    private static string? Description(IEnumerable<OpenXmlElement> all) =>
        all.Where(d => d.LocalName == "docPr")
            .Select(d => Attribute(d, "descr") is { Length: > 0 } descr ? descr : Attribute(d, "name"))
            .FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    private static string? Attribute(OpenXmlElement element, string name) =>
        element.GetAttributes().FirstOrDefault(a => a.LocalName == name).Value;
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.Odt;

/// <summary>
/// The text of an OpenDocument paragraph as styled runs: spans (bold, italic by their styles), links, spaces (text:s),
/// tabs and line breaks; white space collapsed as ODF lays it out. Notes, comments and frames (images, text boxes,
/// objects) are reported, not read.
/// </summary>
internal sealed partial class OdtInline(OdtStyleSheet styles)
{
    public void Read(XElement element, (bool Bold, bool Italic) style, string? link, List<ImportRun> runs, List<ImportOmission> omissions)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                runs.Add(new ImportRun(Whitespace().Replace(text.Value, " "), style.Bold, style.Italic, link));
                continue;
            }
            if (node is not XElement child) continue;
            var name = child.Name;
            if (name == OdtNames.Text + "span")
                Read(child, styles.Emphasis("text", (string?)child.Attribute(OdtNames.Text + "style-name"), style), link, runs, omissions);
            else if (name == OdtNames.Text + "a")
                Read(child, style, (string?)child.Attribute(OdtNames.XLink + "href") ?? link, runs, omissions);
            else if (name == OdtNames.Text + "s")
                runs.Add(new ImportRun(new string(' ', Count(child)), style.Bold, style.Italic, link));
            else if (name == OdtNames.Text + "tab")
                runs.Add(new ImportRun(" "));
            else if (name == OdtNames.Text + "line-break")
                runs.Add(ImportRun.Break);
            else if (name == OdtNames.Text + "note")
                omissions.Add(new ImportOmission(ImportNoteKind.Footnote));
            else if (name == OdtNames.Office + "annotation")
                omissions.Add(new ImportOmission(ImportNoteKind.Comment));
            else if (name.Namespace == OdtNames.Draw)
                omissions.Add(Frame(child));
            else if (name == OdtNames.Text + "ruby")
                Read(child.Element(OdtNames.Text + "ruby-base") ?? new XElement("none"), style, link, runs, omissions);
            else if (name.Namespace != OdtNames.Office && !(name.Namespace == OdtNames.Text && Skipped.Contains(name.LocalName)))
                Read(child, style, link, runs, omissions); // fields (dates, page numbers, references), meta: their shown text
        }
    }

    /// <summary>What a frame holds: a text box, an image, or another object (chart, formula, shape).</summary>
    public static ImportOmission Frame(XElement frame)
    {
        var title = ((string?)frame.Element(OdtNames.Svg + "title") ?? (string?)frame.Element(OdtNames.Svg + "desc") ?? (string?)frame.Attribute(OdtNames.Draw + "name"))?.Trim();
        var all = frame.DescendantsAndSelf().ToList();
        if (all.FirstOrDefault(e => e.Name == OdtNames.Draw + "text-box") is { } box) return new ImportOmission(ImportNoteKind.TextBox, box.Value);
        if (all.Any(e => e.Name == OdtNames.Draw + "image")) return new ImportOmission(ImportNoteKind.Image, title);
        return new ImportOmission(ImportNoteKind.EmbeddedObject, title);
    }

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "bookmark", "bookmark-start", "bookmark-end", "bookmark-ref", "reference-mark", "reference-mark-start", "reference-mark-end",
        "change", "change-start", "change-end", "soft-page-break", "alphabetical-index-mark", "alphabetical-index-mark-start",
        "alphabetical-index-mark-end", "toc-mark", "toc-mark-start", "toc-mark-end", "user-index-mark", "number",
    };

    private static int Count(XElement space) =>
        int.TryParse((string?)space.Attribute(OdtNames.Text + "c"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 1, 100) : 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

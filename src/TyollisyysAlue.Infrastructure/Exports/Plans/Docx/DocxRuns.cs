using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TyollisyysAlue.Infrastructure.Exports.Plans.Model;

namespace TyollisyysAlue.Infrastructure.Exports.Plans.Docx;

/// <summary>Styled runs as Word runs: bold, italic, hard line breaks, and links as hyperlinks (external relationships).</summary>
internal static class DocxRuns
{
    public static IEnumerable<OpenXmlElement> Convert(MainDocumentPart main, IEnumerable<PlanRun> runs, bool bold = false)
    {
        foreach (var run in runs)
        {
            if (run.IsLineBreak)
            {
                yield return new Run(new Break());
                continue;
            }
            if (run.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var uri))
            {
                var relationship = main.AddHyperlinkRelationship(uri, true);
                yield return new Hyperlink(Text(run, bold, hyperlink: true)) { Id = relationship.Id, History = true };
                continue;
            }
            yield return Text(run, bold, hyperlink: false);
        }
    }

    public static Run Text(PlanRun run, bool bold, bool hyperlink)
    {
        var properties = new RunProperties();
        if (hyperlink) properties.Append(new RunStyle { Val = "Hyperlink" });
        if (run.Bold || bold) properties.Append(new Bold());
        if (run.Italic) properties.Append(new Italic());
        return new Run(properties, new Text(Clean(run.Text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    public static Run Plain(string text, bool bold = false) => Text(new PlanRun(text), bold, hyperlink: false);

    /// <summary>Drops control characters that XML 1.0 cannot carry.</summary>
    public static string Clean(string text) =>
        text.Any(c => c < ' ' && c != '\t') ? new string([.. text.Where(c => c >= ' ' || c == '\t')]) : text;
}

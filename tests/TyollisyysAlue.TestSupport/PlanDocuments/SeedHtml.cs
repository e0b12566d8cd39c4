using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// The seed documents as structured HTML for LibreOffice to open: their headings as h1–h3, their lists and tables as
/// HTML lists and tables, the way the original Word documents had them.
/// </summary>
public static partial class SeedHtml
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>Espoo–Kauniainen's plan is Markdown already: "#"/"##" headings (a–f among them), nested lists, bold.</summary>
    public static string EspooKauniainen() => Page("fi", "Työllisyysalue Espoo-Kauniainen järjestämissuunnitelma", Markdig.Markdown.ToHtml(SeedTexts.EspooKauniainen, Markdown));

    /// <summary>Pohjanmaa's bilingual briefing has no headings at all (slides as paragraphs and lists).</summary>
    public static string Pohjanmaa() => Page("fi", "TE24 ja KOTO24", Markdig.Markdown.ToHtml(SeedTexts.Pohjanmaa, Markdown));

    /// <summary>
    /// Kuopio's plan of 5.12.2024: a cover page (its logo an image, then a page break), the numbered headings of its
    /// table of contents as h1 (chapters, "Johdanto") and h2 ("2.1 Lähipalvelut…"), bullet lists nested by indentation,
    /// and its tab-separated tables (Table 1 with its production areas as merged rows); the repeated page headers of
    /// the printed text are left out.
    /// </summary>
    public static string Kuopio()
    {
        var lines = SeedTexts.Kuopio.Split('\n');
        var toc = Array.FindIndex(lines, l => l.Trim() == "Sisällys");
        var tocEnd = Array.FindIndex(lines, toc, l => l.StartsWith("Lyhenteet", StringComparison.Ordinal));
        var headings = lines[(toc + 1)..(tocEnd + 1)].Where(l => l.Trim().Length > 0).Select(TocEntry).ToHashSet();
        var pageHeader = new HashSet<string> { "Kuopion kaupunki", "Elinvoima- ja konsernipalvelu", "Työllisyyspalvelu", "5.12.2024", "Liitenro", "DnroVN/17693/2023", "Julkinen" };

        var body = new StringBuilder();
        foreach (var line in lines[..toc].Select(l => l.Trim()).Where(l => l.Length > 0))
            body.Append(line.StartsWith("A large, abstract", StringComparison.Ordinal) ? Image(line) : $"<p>{Encode(line)}</p>\n");
        body.Append("<p style=\"page-break-before: always\"></p>\n");
        var rest = lines[(tocEnd + 1)..].Select(l => l.TrimEnd(' ', '\r')).Where(l => l.Trim().Length > 0 && !pageHeader.Contains(l.Trim()) && l.Trim() != "-").ToList();
        for (var i = 0; i < rest.Count; i++)
        {
            var line = rest[i];
            if (headings.Contains(line.Trim()))
                body.Append(Heading(line.Trim()));
            else if (line.Contains('\t', StringComparison.Ordinal))
            {
                var table = rest.Skip(i).TakeWhile(l => l.Contains('\t', StringComparison.Ordinal)).ToList();
                body.Append(TabTable(table));
                i += table.Count - 1;
            }
            else if (Bullet().IsMatch(line))
            {
                var items = rest.Skip(i).TakeWhile(l => Bullet().IsMatch(l)).ToList();
                body.Append(List(items));
                i += items.Count - 1;
            }
            else body.Append(CultureInfo.InvariantCulture, $"<p>{Encode(line.Trim())}</p>\n");
        }
        return Page("fi", "Palveluiden järjestämissuunnitelma – Kuopion työllisyysalue", body.ToString());
    }

    /// <summary>
    /// A Swedish plan outline from Pohjanmaa's briefing: its Swedish list of what the plan must contain (§15(4)) as
    /// the headings, each followed by one of the briefing's Swedish paragraphs, and its Swedish service table.
    /// </summary>
    public static string PohjanmaaSwedish()
    {
        var lines = SeedTexts.Pohjanmaa.Split('\n').Select(l => l.Trim()).ToList();
        var list = lines.IndexOf("I den plan som lämnas till arbets- och näringsministeriet ska följande anges:");
        var points = lines.Skip(list + 1).Where(l => SwedishPoint().IsMatch(l)).Take(6)
            .Select(l => SwedishPoint().Match(l).Groups[1].Value.TrimEnd('.', ',')).ToList();
        string[] starts = ["Vasa stadsstyrelse beslutade", "Per 31.10.2023 har följande", "Enligt kommunallagen finansierar", "AN-lagen definierar",
            "Överföringen av tjänsterna", "Om en kommun inte ensam"];
        var paragraphs = starts.Select(s => lines.First(l => l.StartsWith(s, StringComparison.Ordinal))).ToList();
        var table = lines.First(l => l.StartsWith("Ledning och utveckling |", StringComparison.Ordinal));
        var row = lines.First(l => l.StartsWith("Ordnande av kommunens integrationsprogram |", StringComparison.Ordinal));
        var body = new StringBuilder("<h1>Österbottens sysselsättningsområde</h1>\n");
        for (var i = 0; i < points.Count; i++)
        {
            body.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(Capitalised(points[i]))}</h2>\n{Markdig.Markdown.ToHtml(paragraphs[i], Markdown)}\n");
            if (i == 1) body.Append(TabTable([table.Replace(" | ", "\t", StringComparison.Ordinal), row.Replace(" | ", "\t", StringComparison.Ordinal)]));
        }
        return Page("sv", "Österbottens sysselsättningsområde", body.ToString());
    }

    private static string TocEntry(string line) => TocPage().Replace(line.Trim(), "");

    private static string Heading(string text)
    {
        var number = HeadingNumber().Match(text);
        var level = number.Success ? number.Groups[1].Value.Split('.').Length : 1;
        return $"<h{level}>{Encode(text)}</h{level}>\n";
    }

    /// <summary>Bullet lines, nested by their leading spaces.</summary>
    private static string List(List<string> items)
    {
        var html = new StringBuilder();
        var depth = -1;
        foreach (var item in items)
        {
            var match = Bullet().Match(item);
            var level = Math.Min(match.Groups[1].Length, depth + 1);
            while (depth < level) { html.Append("<ul>"); depth++; }
            while (depth > level) { html.Append("</ul>"); depth--; }
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(match.Groups[2].Value)}</li>");
        }
        while (depth-- >= 0) html.Append("</ul>");
        return html.Append('\n').ToString();
    }

    /// <summary>Tab-separated lines as a table, the first one the header; a row with text only in its first cell spans the table.</summary>
    private static string TabTable(List<string> lines)
    {
        var width = lines.Max(l => l.Split('\t').Length);
        var html = new StringBuilder("<table border=\"1\">");
        for (var r = 0; r < lines.Count; r++)
        {
            var cells = lines[r].Split('\t').Select(c => c.Trim()).ToList();
            var tag = r == 0 ? "th" : "td";
            html.Append("<tr>");
            if (r > 0 && cells.Count > 1 && cells.Skip(1).All(c => c.Length == 0))
                html.Append(CultureInfo.InvariantCulture, $"<td colspan=\"{width}\">{Encode(cells[0])}</td>");
            else
                foreach (var cell in cells.Concat(Enumerable.Repeat("", width - cells.Count)))
                    html.Append(CultureInfo.InvariantCulture, $"<{tag}{(Numeric().IsMatch(cell) ? " align=\"right\"" : "")}>{Encode(cell)}</{tag}>");
            html.Append("</tr>");
        }
        return html.Append("</table>\n").ToString();
    }

    /// <summary>The cover's logo: a one-pixel image carrying the seed's description as its alternative text.</summary>
    private static string Image(string description) =>
        $"<p><img alt=\"{Encode(description)}\" width=\"60\" height=\"60\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==\"></p>\n";

    private static string Page(string language, string title, string body) =>
        $"<!DOCTYPE html>\n<html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{Encode(title)}</title></head><body>\n{body}</body></html>\n";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [GeneratedRegex(@"[\s.]*\d+$")]
    private static partial Regex TocPage();

    [GeneratedRegex(@"^(\d+(?:\.\d+)*)\s")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"^( *)- (.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\d\.\s+(.+)$")]
    private static partial Regex SwedishPoint();

    [GeneratedRegex(@"^[\d\s,%-]+$")]
    private static partial Regex Numeric();
}

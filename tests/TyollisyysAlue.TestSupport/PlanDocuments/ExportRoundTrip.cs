using System.Text.RegularExpressions;
using Markdig;
using TyollisyysAlue.Application.Plans.Export;

namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// What a section of the product's own export reads after it is imported back: its Markdown body (a heading inside the
/// body comes back as a bold line, the plan nesting two levels) followed by its live tables as fixed tables — caption
/// in bold, numeric columns right-aligned, the totals row bold, the note below. Compared by rendered HTML.
/// </summary>
public static partial class ExportRoundTrip
{
    public static string Expected(PlanDocumentSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var body = InnerHeading().Replace(section.MarkdownBody, m => $"**{m.Groups[1].Value.Trim()}**");
        var tables = section.Tables.Select(table => string.Join("\n\n", new[]
        {
            $"**{table.Caption}**",
            "| " + string.Join(" | ", table.Columns.Select(c => c.Header)) + " |\n|" + string.Join("|", table.Columns.Select(c => c.Numeric ? "--:" : "---")) + "|\n" +
            string.Join("\n", table.Rows.Select(r => "| " + string.Join(" | ", r) + " |")) +
            (table.Totals is { } totals ? "\n| " + string.Join(" | ", totals.Select(t => t.Length == 0 ? "" : $"**{t}**")) + " |" : ""),
            table.Note ?? "",
        }.Where(p => p.Length > 0)));
        return string.Join("\n\n", new[] { body }.Concat(tables).Where(p => p.Length > 0));
    }

    /// <summary>Markdown as the HTML it renders to, white space between elements aside.</summary>
    public static string Html(string markdown) =>
        Whitespace().Replace(Markdown.ToHtml(markdown, TyollisyysAlue.Infrastructure.Markup.PlanMarkdownSyntax.Pipeline), " ").Replace("> <", "><", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^#{1,6}\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex InnerHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

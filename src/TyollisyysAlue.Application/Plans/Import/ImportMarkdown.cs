using System.Text;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Styled runs written as the plan's Markdown (CommonMark): bold, italic, allowed links, hard line breaks; every
/// character that Markdown would read as markup is escaped, so imported text stays text.
/// </summary>
public static partial class ImportMarkdown
{
    /// <summary>Inline Markdown of the runs; links outside the allow-list are reported to <paramref name="unsafeLink"/>.</summary>
    /// <param name="inCell">In a table cell: a line break becomes a space, "|" is escaped and bold is left to the header row's own style.</param>
    public static string Inline(IReadOnlyList<ImportRun> runs, Action<string> unsafeLink, bool inCell = false, bool header = false)
    {
        var text = new StringBuilder();
        foreach (var group in Merge(runs))
        {
            if (group.IsLineBreak) { text.Append(inCell ? " " : HardBreak); continue; }
            var link = group.Link;
            if (link is not null && !ImportLinks.IsAllowed(link))
            {
                unsafeLink(link);
                link = null;
            }
            text.Append(Styled(group with { Link = link, Bold = group.Bold && !header }, inCell));
        }
        var inline = text.ToString().Trim();
        return inCell ? inline : string.Join(HardBreak, inline.Split(HardBreak).Select(line => EscapeLineStart(line.Trim())));
    }

    /// <summary>A hard line break inside a paragraph (a backslash at the end of the line).</summary>
    public const string HardBreak = "\\\n";

    /// <summary>Plain text of runs (headings, statutory matching, language guess).</summary>
    public static string Plain(IEnumerable<ImportRun> runs) =>
        Whitespace().Replace(string.Concat(runs.Select(r => r.IsLineBreak ? " " : r.Text)), " ").Trim();

    /// <summary>Whitespace of a run moves outside its markers: "**a **" would not be emphasis.</summary>
    private static string Styled(ImportRun run, bool inCell)
    {
        var text = Whitespace().Replace(run.Text, " ");
        var core = text.Trim();
        if (core.Length == 0) return text.Length > 0 ? " " : "";
        var lead = text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " : "";
        var trail = text.Length > 1 && char.IsWhiteSpace(text[^1]) ? " " : "";
        var escaped = Escape(core, inCell);
        var marker = (run.Bold, run.Italic) switch
        {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            _ => "",
        };
        var styled = marker + escaped + marker;
        if (run.Link is { } link) styled = $"[{styled}]({Destination(link)})";
        return lead + styled + trail;
    }

    /// <summary>A destination with spaces or parentheses goes in angle brackets (CommonMark).</summary>
    private static string Destination(string link)
    {
        var trimmed = link.Trim();
        return trimmed.IndexOfAny([' ', '(', ')', '<', '>']) >= 0 ? "<" + trimmed.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">" : trimmed;
    }

    /// <summary>Neighbouring runs of one style as one (word processors split text at every edit).</summary>
    private static List<ImportRun> Merge(IReadOnlyList<ImportRun> runs)
    {
        var merged = new List<ImportRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && !run.IsLineBreak && !merged[^1].IsLineBreak && Same(merged[^1], run))
                merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }
        // A style on whitespace alone means nothing: such a run joins plain text.
        return [.. merged.Select(r => !r.IsLineBreak && r.Text.Trim().Length == 0 ? new ImportRun(r.Text) : r)];
    }

    private static bool Same(ImportRun a, ImportRun b) => a.Bold == b.Bold && a.Italic == b.Italic && a.Link == b.Link;

    /// <summary>Characters that are markup anywhere in a line ("|" only inside a table).</summary>
    public static string Escape(string text, bool inCell = false)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' || (c == '|' && inCell) || (c == '&' && Entity().IsMatch(text.AsSpan(i))))
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>What would start a block at the beginning of a line (heading, list, quote, rule, fence) is escaped there.</summary>
    public static string EscapeLineStart(string line)
    {
        if (line.Length == 0) return line;
        if (OrderedMarker().Match(line) is { Success: true } ordered)
            return line[..(ordered.Length - 1)] + "\\" + line[(ordered.Length - 1)..];
        if (line[0] is '#' or '+' or '-' or '=' or '~' or '>')
            return "\\" + line;
        return line;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex Entity();

    /// <summary>"12." or "3)" followed by a space or the end: an ordered list item.</summary>
    [GeneratedRegex(@"^\d{1,9}[.)](?=\s|$)")]
    private static partial Regex OrderedMarker();
}

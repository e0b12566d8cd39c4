using System.Text.RegularExpressions;
using TyollisyysAlue.Application.Plans.Import;

namespace TyollisyysAlue.Infrastructure.Imports.Plans.PlainText;

/// <summary>
/// A plain text file. One with Markdown headings ("# …", as the seed texts are) is read as Markdown. Otherwise a
/// paragraph is a block of lines between blank lines; a one-line block that reads like a numbered heading ("2.1
/// Lähipalvelut", not ending in a full stop) or a statutory point ("c) Toimipisteet") is a heading; lines starting
/// with "-", "•" or "*" are bullet items; lines with tabs or "|" in a block of two or more are a table.
/// </summary>
internal static partial class PlainTextPlanReader
{
    public static ImportedDocument Read(string text)
    {
        if (MarkdownHeading().IsMatch(text)) return MarkdownPlanReader.Read(text) with { Format = "txt" };
        var blocks = new List<ImportBlock>();
        var lists = 0;
        foreach (var paragraph in Paragraphs().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')))
        {
            var lines = paragraph.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Trim().Length > 0).ToList();
            if (lines.Count == 0) continue;
            if (lines.Count == 1 && HeadingLevel(lines[0].Trim()) is { } level) blocks.Add(new ImportHeading(level, lines[0].Trim()));
            else if (lines.Count > 1 && lines.All(l => l.Contains('\t', StringComparison.Ordinal)) || lines.Count > 1 && lines.All(l => l.Contains('|', StringComparison.Ordinal)))
                blocks.Add(Table(lines));
            else if (lines.All(l => Bullet().IsMatch(l)))
            {
                lists++;
                blocks.AddRange(lines.Select(l => Bullet().Match(l)).Select(m => new ImportListItem(lists, m.Groups[1].Length / 2, false, [new ImportRun(m.Groups[2].Value)])));
            }
            else blocks.Add(new ImportParagraph([.. lines.SelectMany((l, i) => i == 0 ? [new ImportRun(l.Trim())] : new[] { ImportRun.Break, new ImportRun(l.Trim()) })]));
        }
        return new ImportedDocument("txt", blocks);
    }

    /// <summary>"2.1 Lähipalvelut" → 2, "3 Palvelutuotanto" → 1, "c) Toimipisteet" → 1; a sentence (final stop) is not a heading.</summary>
    private static int? HeadingLevel(string line)
    {
        if (line.Length > 120 || line.EndsWith('.') || line.EndsWith(':') || line.EndsWith(',') || line.EndsWith(';')) return null;
        if (NumberedHeading().Match(line) is { Success: true } numbered) return numbered.Groups[1].Value.TrimEnd('.').Split('.').Length;
        return LetterHeading().IsMatch(line) ? 1 : null;
    }

    private static ImportTable Table(List<string> lines)
    {
        var separator = lines.All(l => l.Contains('\t', StringComparison.Ordinal)) ? '\t' : '|';
        var rows = lines.Where(l => !DelimiterRow().IsMatch(l))
            .Select(l => (IReadOnlyList<ImportCell>)[.. l.Trim().Trim('|').Split(separator).Select(c => new ImportCell([new ImportRun(c.Trim())]))]);
        return new ImportTable([.. rows]);
    }

    [GeneratedRegex(@"^#{1,6}\s+\S", RegexOptions.Multiline)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^(\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s+\p{Lu}")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\(?[a-f]\)\s+\p{Lu}")]
    private static partial Regex LetterHeading();

    [GeneratedRegex(@"^(\s*)[-•*]\s+(.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex DelimiterRow();
}

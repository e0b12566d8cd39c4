using System.Text.RegularExpressions;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// The number a heading's text starts with ("2.1 Lähipalvelut", "3. Palvelutuotanto", "1.2.3 …"). Numbers stay in
/// the heading's text, except when they are exactly the numbering the plan gives its sections itself (as in the
/// product's own export): then "2.1 2.1 Lähipalvelut" would be shown, so they are taken off.
/// </summary>
public static partial class HeadingNumbers
{
    public static (string? Number, string Text) Split(string heading)
    {
        var match = Numbered().Match(heading);
        return match.Success ? (match.Groups["number"].Value, match.Groups["text"].Value) : (null, heading);
    }

    /// <summary>Whether every numbered heading carries the plan's own number for its place (and at least one does).</summary>
    /// <param name="headings">The sections' headings with the plan's numbers ("1", "2", "2.1") in reading order.</param>
    public static bool AreThePlansOwn(IEnumerable<(string Heading, string PlanNumber)> headings)
    {
        var numbered = 0;
        foreach (var (heading, planNumber) in headings)
        {
            var (number, _) = Split(heading);
            if (number is null) continue;
            if (number.TrimEnd('.') != planNumber) return false;
            numbered++;
        }
        return numbered > 0;
    }

    /// <summary>A number of one to four parts, an optional final dot, whitespace, then the text (not "2025 alkaen" alone: a part is at most 3 digits).</summary>
    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3}){0,3}\.?)\s+(?<text>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex Numbered();
}

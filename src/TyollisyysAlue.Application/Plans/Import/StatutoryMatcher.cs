using System.Text.RegularExpressions;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// Which section heading is which statutory point a–f: a heading that starts with the point's letter ("c) Toimipisteiden
/// määrä…") is that point; otherwise the wording decides (<see cref="StatutoryWording"/>), the best-scoring pairs
/// first, a main section before a subsection and an earlier heading before a later one. Each point goes to at most one
/// heading and each heading to at most one point; a point nothing matches stays unmatched.
/// </summary>
public static partial class StatutoryMatcher
{
    private const int LetterScore = 100;

    /// <param name="headings">The sections' headings and levels (1 main, 2 sub) in reading order.</param>
    /// <returns>The point → the index of its heading.</returns>
    public static IReadOnlyDictionary<StatutorySection, int> Match(IReadOnlyList<(string Heading, int Level)> headings)
    {
        var candidates = new List<(StatutorySection Point, int Index, int Score)>();
        for (var i = 0; i < headings.Count; i++)
            foreach (var (point, score) in Scores(headings[i].Heading))
                candidates.Add((point, i, score));

        var matches = new Dictionary<StatutorySection, int>();
        var taken = new HashSet<int>();
        foreach (var (point, index, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => headings[c.Index].Level).ThenBy(c => c.Index))
        {
            if (matches.ContainsKey(point) || taken.Contains(index)) continue;
            matches[point] = index;
            taken.Add(index);
        }
        return matches;
    }

    /// <summary>How well a heading fits each point it fits at all.</summary>
    public static IEnumerable<(StatutorySection Point, int Score)> Scores(string heading)
    {
        var (_, text) = HeadingNumbers.Split(heading.Trim());
        var letter = Letter().Match(text);
        if (letter.Success)
        {
            var point = (StatutorySection)(char.ToLowerInvariant(letter.Groups[1].Value[0]) - 'a' + 1);
            yield return (point, LetterScore);
            yield break;
        }
        var normal = " " + NotALetter().Replace(text.ToLowerInvariant(), " ") + " ";
        foreach (var group in StatutoryWording.Stems.Where(s => normal.Contains(s.Stem, StringComparison.Ordinal)).GroupBy(s => s.Point))
            yield return (group.Key, group.Sum(s => s.Weight));
    }

    /// <summary>"a)", "b )", "(c)" at the start, the way the Act lists its points.</summary>
    [GeneratedRegex(@"^\(?([a-fA-F])\s?\)\s")]
    private static partial Regex Letter();

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NotALetter();
}

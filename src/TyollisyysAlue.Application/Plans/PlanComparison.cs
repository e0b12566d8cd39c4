using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans;

/// <summary>One section's difference between two versions (matched by statutory point, else by heading, else by place).</summary>
public sealed record SectionDifference(string Heading, PlanSection? Old, PlanSection? New, IReadOnlyList<DiffPiece> HeadingDiff, IReadOnlyList<DiffPiece> BodyDiff)
{
    public bool Changed => Old is null || New is null || TextDiff.HasChanges(HeadingDiff) || TextDiff.HasChanges(BodyDiff);
}

/// <summary>Compares any two versions section by section: added, deleted and changed text marked word by word.</summary>
public static class PlanComparison
{
    public static IReadOnlyList<SectionDifference> Compare(PlanView older, PlanView newer)
    {
        var result = new List<SectionDifference>();
        var unmatched = older.Sections.Select(s => s.Section).ToList();
        foreach (var numbered in newer.Sections)
        {
            var section = numbered.Section;
            var match = unmatched.FirstOrDefault(o => section.Statutory is not null && o.Statutory == section.Statutory)
                ?? unmatched.FirstOrDefault(o => o.Statutory is null && string.Equals(o.Heading, section.Heading, StringComparison.OrdinalIgnoreCase));
            if (match is not null) unmatched.Remove(match);
            result.Add(new(section.Heading, match, section, TextDiff.Words(match?.Heading ?? "", section.Heading), TextDiff.Words(match?.Body, section.Body)));
        }
        result.AddRange(unmatched.Select(o => new SectionDifference(o.Heading, o, null, TextDiff.Words(o.Heading, ""), TextDiff.Words(o.Body, ""))));
        return result;
    }
}

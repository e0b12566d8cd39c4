using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// The sections to create from the preview and the planner's choice of statutory points: the chosen sections carry
/// their point; a point matched to no section gets an empty section of its own at the end (default heading in the
/// version's language), so that it shows in the checklist as missing text, as in a plan started from the outline.
/// </summary>
public static class PlanImportSections
{
    /// <param name="choices">Point → index of its section in the preview, or null for none.</param>
    public static List<PlanImportSection> Build(PlanImportPreview preview, IReadOnlyDictionary<StatutorySection, int?> choices, string language)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(choices);
        var pointOf = choices.Where(c => c.Value is { } i && i >= 0 && i < preview.Sections.Count)
            .GroupBy(c => c.Value!.Value).ToDictionary(g => g.Key, g => (StatutorySection?)g.Min(c => c.Key));
        var sections = preview.Sections.Select((s, i) => new PlanImportSection(s.Level, s.Heading, s.Body, pointOf.GetValueOrDefault(i))).ToList();
        foreach (var point in StatutorySections.All.Where(p => !sections.Any(s => s.Statutory == p)))
            sections.Add(new PlanImportSection(1, TextTable.In(language).Of("Plan.Statutory", point), "", point));
        return sections;
    }

    /// <summary>The matcher's choices as the preview's starting point (every point present, unmatched ones null).</summary>
    public static Dictionary<StatutorySection, int?> InitialChoices(PlanImportPreview preview) =>
        StatutorySections.All.ToDictionary(p => p, p => preview.Matches.TryGetValue(p, out var i) ? (int?)i : null);
}

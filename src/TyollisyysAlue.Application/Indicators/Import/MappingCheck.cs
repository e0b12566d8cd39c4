using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// Whether a mapping fits the table and the indicators before any cell is read: the variables it names exist, each
/// target is a stored (not derived) indicator of the content's unit and meaning, and every other variable has its
/// members chosen. A table whose variables do not match the chosen indicator is refused here, naming what differs.
/// </summary>
internal static class MappingCheck
{
    public static IEnumerable<ImportProblem> Problems(StatTableInfo table, ImportMapping mapping, IReadOnlyDictionary<string, Indicator> indicators,
        int area, int time, int content, IReadOnlyList<(int Index, HashSet<string> Members)> others)
    {
        if (area < 0) yield return new("Import.NoArea", [mapping.Area ?? ""]);
        if (time < 0 || (mapping.Month is not null && table.IndexOf(mapping.Month) < 0)) yield return new("Import.NoPeriod", [mapping.Time ?? ""]);
        if (content < 0)
        {
            yield return new("Import.NoContent", [mapping.Content ?? ""]);
            yield break;
        }
        if (mapping.Targets.Count == 0) yield return new("Import.NoTarget", []);
        var contents = table.Dimensions[content];
        foreach (var (code, indicatorCode) in mapping.Targets)
        {
            var member = contents.Member(code);
            if (member is null) { yield return new("Import.UnknownContent", [code]); continue; }
            if (!indicators.TryGetValue(indicatorCode, out var indicator)) { yield return new("Import.UnknownIndicator", [indicatorCode]); continue; }
            if (indicator.IsDerived) { yield return new("Import.DerivedIndicator", [indicatorCode]); continue; }
            if (IndicatorCatalogue.KnownMeaning(member) is { } meaning && !IndicatorCatalogue.Compatible(meaning, indicatorCode))
                yield return new("Import.ContentMismatch", [member.Label, indicatorCode, meaning]);
            else if (IndicatorCatalogue.UnitOf(member) is { } unit && unit != indicator.Unit)
                yield return new("Import.UnitMismatch", [member.Label, "Unit." + unit, indicatorCode]);
        }
        foreach (var twice in mapping.Targets.GroupBy(t => t.Value).Where(g => g.Count() > 1))
            yield return new("Import.TargetTwice", [twice.Key]);
        foreach (var (index, members) in others)
        {
            var dimension = table.Dimensions[index];
            if (members.Count == 0) yield return new("Import.ChooseMembers", [dimension.Label]);
            else if (!dimension.Truncated && members.FirstOrDefault(m => dimension.Member(m) is null) is { } unknown)
                yield return new("Import.UnknownMember", [dimension.Label, unknown]);
        }
    }
}

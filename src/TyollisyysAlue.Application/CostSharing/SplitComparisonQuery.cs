using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>An indicator a compared key needs and some members lack: which criterion, and who lacks it.</summary>
public sealed record MissingIndicator(CriterionUse Criterion, IReadOnlyList<SplitMember> Members, int MemberCount)
{
    public bool AllMissing => Members.Count == MemberCount;
}

/// <summary>
/// A comparison of the current split, or the reason there is none: no key in the compared year
/// (<see cref="Compared"/> null), the indicator values the compared key lacks (<see cref="Missing"/>, grouped by
/// criterion so the page can say what to import), or other problems of the compared split (its own list).
/// </summary>
public sealed record SplitComparisonView(ComparisonBasis Basis, int Year, YearSplit? Compared, SplitComparison? Result,
    IReadOnlyList<MissingIndicator> Missing)
{
    public bool NoKey => Compared is null;
    public bool NoBudget => Compared?.Problems.Any(p => p.Code == "split.no-budget") == true;
}

/// <summary>
/// Compares like with like (issue 12.3): another key of the year splits the same cost; another year's main key splits
/// that year's own cost with that year's members and values.
/// </summary>
public sealed class SplitComparisonQuery(YearSplitQuery splits)
{
    public async Task<SplitComparisonView> WithKeyAsync(YearSplit current, Guid otherKeyId, CancellationToken ct = default) =>
        View(ComparisonBasis.SameCostOtherKey, current, current.Year, await splits.UnderOtherKeyAsync(current, otherKeyId, ct));

    public async Task<SplitComparisonView> WithYearAsync(YearSplit current, int year, CancellationToken ct = default) =>
        View(ComparisonBasis.SameKeyOtherYear, current, year, await splits.LoadAsync(year, ct: ct));

    private static SplitComparisonView View(ComparisonBasis basis, YearSplit current, int year, YearSplit? compared)
    {
        var result = current.Split is { } mine && compared?.Split is { } theirs ? SplitComparison.Of(mine, theirs) : null;
        return new SplitComparisonView(basis, year, compared, result, compared is null ? [] : MissingOf(compared));
    }

    /// <summary>The compared split's missing values, one entry per criterion with the members that lack it.</summary>
    public static IReadOnlyList<MissingIndicator> MissingOf(YearSplit split) =>
        split.Criteria.Select(c => new MissingIndicator(c,
                split.Values.Where(v => v.IndicatorCode == c.IndicatorCode && v.Value is null)
                    .Select(v => split.Members.First(m => m.Code == v.Code)).ToList(),
                split.Members.Count))
            .Where(m => m.Members.Count > 0).ToList();
}

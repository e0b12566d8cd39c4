namespace TyollisyysAlue.Application.CostSharing;

/// <summary>What one member pays in each year of <see cref="SplitAcrossYears.Years"/>; null in a year it was not a member.</summary>
public sealed record MemberPaymentsByYear(SplitMember Member, IReadOnlyList<decimal?> Payments);

/// <summary>
/// Each member's payment (its total of the main key's split: share, direct charges and investments) in every budget
/// year of the area whose split can be computed, oldest first. Years whose split is incomplete are named in
/// <see cref="YearsWithoutSplit"/>, not drawn as zero.
/// </summary>
public sealed record SplitAcrossYears(IReadOnlyList<int> Years, IReadOnlyList<MemberPaymentsByYear> Members, IReadOnlyList<int> YearsWithoutSplit)
{
    /// <summary>The year's payments added up: the split of that year to the cent.</summary>
    public decimal? TotalOf(int year)
    {
        var at = Years.ToList().IndexOf(year);
        return at < 0 ? null : Members.Sum(m => m.Payments[at] ?? 0m);
    }
}

/// <summary>The split per member over the years (issue 12, charts over several years): the year's own split, computed as the budget page does.</summary>
public sealed class SplitAcrossYearsQuery(YearSplitQuery splits)
{
    public async Task<SplitAcrossYears> LoadAsync(CancellationToken ct = default)
    {
        var computed = new List<(int Year, YearSplit Split)>();
        var without = new List<int>();
        foreach (var year in (await splits.YearsAsync(ct)).Order())
        {
            if (await splits.LoadAsync(year, ct: ct) is { Split: not null } split) computed.Add((year, split));
            else without.Add(year);
        }
        var members = computed.SelectMany(c => c.Split.Members).DistinctBy(m => m.Code).OrderBy(m => m.NameFi, StringComparer.Ordinal).ToList();
        var rows = members.Select(member => new MemberPaymentsByYear(member, computed
            .Select(c => c.Split.Split!.Municipalities.FirstOrDefault(s => s.Code == member.Code)?.Total.ToEuros())
            .ToList())).ToList();
        return new SplitAcrossYears(computed.Select(c => c.Year).ToList(), rows, without);
    }
}

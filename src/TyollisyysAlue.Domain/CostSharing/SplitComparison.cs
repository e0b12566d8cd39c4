using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>What a comparison holds fixed: the same cost under another key, or the same key in another year with that year's cost.</summary>
public enum ComparisonBasis
{
    SameCostOtherKey,
    SameKeyOtherYear,
}

/// <summary>
/// One member in two splits: its total in each (null when it was not a member in that split), the difference, the
/// change in per cent of the current total and each total's share of its split's grand total (percentage points tell
/// a member's weight apart from a change of the whole cost between years).
/// </summary>
public sealed record ComparedMember(MunicipalityCode Code, Money? Current, Money? Compared, decimal? CurrentSharePercent, decimal? ComparedSharePercent)
{
    public Money? Difference => Current is { } c && Compared is { } o ? o - c : null;

    /// <summary>(compared − current) / current in per cent to one decimal; null when either is missing or the current is 0.</summary>
    public decimal? ChangePercent => Current is { } c && Compared is { } o && c != Money.Zero
        ? Rounding.Percent((o - c).ToEuros(), c.ToEuros(), 1)
        : null;

    public decimal? SharePointChange => CurrentSharePercent is { } c && ComparedSharePercent is { } o ? o - c : null;
}

/// <summary>
/// Two splits side by side, member by member, with the totals of each. Without a current split (a new key's preview in
/// a year that has none yet) only the compared side is filled: <see cref="HasCurrent"/> is false.
/// </summary>
public sealed record SplitComparison(IReadOnlyList<ComparedMember> Members, Money CurrentTotal, Money ComparedTotal, bool HasCurrent = true)
{
    public Money Difference => ComparedTotal - CurrentTotal;

    /// <summary>The members of both splits in code order; shares to two decimals of a per cent (<see cref="Rounding"/>).</summary>
    public static SplitComparison Of(CostSplit? current, CostSplit compared)
    {
        IReadOnlyList<MunicipalityShare> before = current?.Municipalities ?? [];
        var codes = before.Select(m => m.Code).Union(compared.Municipalities.Select(m => m.Code)).Order();
        var members = codes.Select(code =>
        {
            var was = before.FirstOrDefault(m => m.Code == code)?.Total;
            var becomes = compared.Municipalities.FirstOrDefault(m => m.Code == code)?.Total;
            return new ComparedMember(code, was, becomes, current is null ? null : ShareOf(was, current.GrandTotal), ShareOf(becomes, compared.GrandTotal));
        }).ToList();
        return new SplitComparison(members, current?.GrandTotal ?? Money.Zero, compared.GrandTotal, current is not null);
    }

    private static decimal? ShareOf(Money? part, Money whole) =>
        part is { } p ? Rounding.Percent(p.ToEuros(), whole.ToEuros(), 2) : null;
}

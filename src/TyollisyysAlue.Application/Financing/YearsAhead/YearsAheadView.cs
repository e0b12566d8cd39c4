using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing.YearsAhead;

/// <summary>An indicator the projection carries: a criterion of the key, of the state share, or both (its names for the editor).</summary>
public sealed record ProjectedIndicator(string Code, string NameFi, string NameSv, string NameEn)
{
    public string NameIn(string language) => language switch { "sv" => NameSv, "en" => NameEn, _ => NameFi };
}

/// <summary>
/// One year of the projection: the budget year as budgeted (<see cref="YearsAhead"/> 0), or a plan year. The split and
/// its shared cost, each member's indicator values, and the net position — null while something is missing (then
/// <see cref="Missing"/> names each thing; never a guessed value).
/// </summary>
public sealed record ProjectedYear(
    int Year,
    int YearsAhead,
    Money SharedCost,
    CostSplit? Split,
    IReadOnlyDictionary<(MunicipalityCode Code, string Indicator), decimal?> Indicators,
    NetPositionTable? Net,
    IReadOnlyList<FinancingMissing> Missing)
{
    public bool IsProjection => YearsAhead > 0;
}

/// <summary>
/// The budget year and the two plan years of the current area: the stored assumptions (null = none saved: 0 % and last
/// known), the budget year's cost per category the growth applies to, the projected years, and what stops it all
/// (<see cref="Missing"/>, e.g. no split for the budget year).
/// </summary>
public sealed record YearsAheadView(
    int BudgetYear,
    YearsAheadAssumptions? Assumptions,
    IReadOnlyList<SplitMember> Members,
    IReadOnlyList<(ExpenseCategory Category, Money Cost)> Costs,
    Money Deductions,
    IReadOnlyList<ProjectedIndicator> Indicators,
    IReadOnlyList<ProjectedYear> Years,
    IReadOnlyList<FinancingMissing> Missing,
    bool UsesDemo)
{
    public string NameOf(MunicipalityCode code, string language) =>
        Members.FirstOrDefault(m => m.Code == code)?.NameIn(language) ?? code.Value;

    public IReadOnlyList<CategoryGrowth> Growth => Assumptions?.Growth() ?? [];

    public IndicatorTrend TrendOf(string indicator) =>
        Assumptions?.Trends().FirstOrDefault(t => t.IndicatorCode == indicator)?.Trend ?? IndicatorTrend.LastKnown;
}

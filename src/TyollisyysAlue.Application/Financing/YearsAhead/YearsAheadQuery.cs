using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;
using Projection = TyollisyysAlue.Domain.Financing.YearsAhead;

namespace TyollisyysAlue.Application.Financing.YearsAhead;

/// <summary>
/// The budget year as budgeted and the two plan years as projected from the area's assumptions: each cost category
/// grown by its rate (deductions and direct charges held; investments and carried balances are decided year by year,
/// so not projected), each indicator of the key and of the state share carried by its trend from the series the key's
/// reference gives for the budget year and the years before it, split by the year's key, and the net position with the
/// national parameters of each year — only for a year whose parameters and figures are all there (the rest are named).
/// </summary>
public sealed class YearsAheadQuery(IAppDbContextFactory contexts, YearSplitQuery splits)
{
    /// <summary>How many years of statistics the trends read: the budget year's reference and the four before it.</summary>
    public const int HistoryYears = 5;

    public async Task<YearsAheadView> LoadAsync(int budgetYear, CancellationToken ct = default)
    {
        var split = await splits.LoadAsync(budgetYear, ct: ct);
        await using var db = await contexts.CreateAsync(ct);
        var assumptions = await db.YearsAheadAssumptions.AsNoTracking().FirstOrDefaultAsync(a => a.BudgetYear == budgetYear, ct);
        var members = split?.Members.ToList() ?? await YearSplitQuery.MembersOfYearAsync(db, budgetYear, ct);
        if (split?.Split is null || split.SharedCost is null)
            return new YearsAheadView(budgetYear, assumptions, members, [], Money.Zero, [], [],
                [new FinancingMissing("Financing.Missing.Split", "Financing.Publisher.Area")], split?.UsesDemoData == true);

        var costs = await CostsAsync(db, budgetYear, split.KeyId, ct);
        var deductions = split.SharedCost.MunicipalitySpecific + split.SharedCost.ExternallyFunded;
        var criteria = await CriteriaAsync(db, split, ct);
        var series = await SeriesAsync(db, budgetYear, members, criteria, ct);
        var indicators = criteria.Select(c => new ProjectedIndicator(c.IndicatorCode, c.Definition?.NameFi ?? c.IndicatorCode,
            c.Definition?.NameSv ?? c.IndicatorCode, c.Definition?.NameEn ?? c.IndicatorCode)).ToList();
        var growth = assumptions?.Growth() ?? [];
        var trends = assumptions?.Trends() ?? [];

        var years = new List<ProjectedYear>();
        var demo = split.UsesDemoData;
        for (var ahead = 0; ahead <= Projection.PlanYears; ahead++)
        {
            var year = budgetYear + ahead;
            var values = new Dictionary<(MunicipalityCode, string), decimal?>();
            var missing = new List<FinancingMissing>();
            foreach (var member in members)
                foreach (var indicator in indicators)
                {
                    var trend = trends.FirstOrDefault(t => t.IndicatorCode == indicator.Code);
                    var known = series.GetValueOrDefault((member.Code, indicator.Code)) ?? [];
                    var value = ahead == 0
                        ? known.Where(k => k.Year == budgetYear).Select(k => (decimal?)k.Value).FirstOrDefault()
                        : Projection.Project(known, trend?.Trend ?? IndicatorTrend.LastKnown, year,
                            trend?.Entered.FirstOrDefault(e => e.Municipality == member.Code.Value && e.Year == year)?.Value);
                    values[(member.Code, indicator.Code)] = value;
                    if (value is null && ahead > 0) missing.Add(new FinancingMissing("YearsAhead.Missing.Values", "Financing.Publisher.Statistics", member.NameFi));
                }

            var shared = ahead == 0 ? split.Split.SharedCost : Projection.SharedCost(costs, growth, deductions, ahead);
            var costSplit = ahead == 0 ? split.Split : SplitOf(split, members, values, shared, missing);
            NetPositionTable? net = null;
            if (costSplit is not null)
            {
                var given = ahead == 0 ? null : members.ToDictionary(m => m.Code, m => (IReadOnlyDictionary<string, decimal>)indicators
                    .Where(i => values[(m.Code, i.Code)] is not null).ToDictionary(i => i.Code, i => values[(m.Code, i.Code)]!.Value));
                var inputs = await MemberFinancingLoader.LoadAsync(db, year, members.Select(m => (m.Code, m.NameFi)).ToList(), given, ct);
                missing.AddRange(inputs.Missing);
                demo |= inputs.Parameters.Any(p => p.IsDemo) || inputs.Members.Values.Any(m => m.IsDemo);
                if (inputs.Missing.Count == 0)
                    net = NetPositionCalculator.Table(costSplit.Municipalities.Select(share =>
                    {
                        var member = inputs.Members[share.Code];
                        return new NetPositionInput(share.Code, share.Name, share.Total, member.StateShare, member.BenefitLiability,
                            member.Liability.Source, member.Compensation, member.WorkingAge);
                    }));
            }
            years.Add(new ProjectedYear(year, ahead, shared, costSplit, values, net, missing.Distinct().ToList()));
        }
        return new YearsAheadView(budgetYear, assumptions, members, costs, deductions, indicators, years, [], demo);
    }

    /// <summary>A plan year's split by the budget year's key with the projected values; null (and named) when it cannot be made.</summary>
    private static CostSplit? SplitOf(YearSplit split, List<SplitMember> members, Dictionary<(MunicipalityCode, string), decimal?> values,
        Money shared, List<FinancingMissing> missing)
    {
        var keyCodes = split.Criteria.Select(c => c.IndicatorCode).ToList();
        if (members.Any(m => keyCodes.Any(c => values[(m.Code, c)] is null))) return null;
        var input = new CostSplitInput(
            members.Select(m => new MunicipalityIndicators(m.Code, m.NameFi, keyCodes.ToDictionary(c => c, c => values[(m.Code, c)]!.Value))).ToList(),
            split.Criteria.Select(c => new Criterion(c.IndicatorCode, c.WeightPercent)).ToList(), shared, split.DirectCharges);
        if (CostSplitCalculator.Validate(input).Count == 0) return CostSplitCalculator.Calculate(input);
        missing.Add(new FinancingMissing("YearsAhead.CannotSplit", "Financing.Publisher.Area"));
        return null;
    }

    /// <summary>The budget year's shared expenses of the main key by category (investments and depreciation are not shared costs).</summary>
    private static async Task<List<(ExpenseCategory, Money)>> CostsAsync(IAppDbContext db, int year, Guid keyId, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking()
            .Where(l => db.Budgets.Any(b => b.Id == l.BudgetId && b.Year == year) && l.Kind == BudgetLineKind.Expense && (l.KeyId == null || l.KeyId == keyId))
            .ToListAsync(ct);
        return lines.Where(l => l.ExpenseCategory is not (ExpenseCategory.Investments or ExpenseCategory.Depreciation))
            .GroupBy(l => l.ExpenseCategory ?? ExpenseCategory.Other).OrderBy(g => g.Key)
            .Select(g => (g.Key, Money.Sum(g.Select(l => Money.FromEuros(l.Amount))))).ToList();
    }

    /// <summary>
    /// The key's criteria as the budget year uses them, and the state share's criteria the key lacks (values of the year
    /// before: on 31.12, or the average of its months) — the indicators the projection carries.
    /// </summary>
    private static async Task<List<CriterionUse>> CriteriaAsync(IAppDbContext db, YearSplit split, CancellationToken ct)
    {
        var stateShare = NationalParameterCodes.StateShareCriteria.Select(c => c.Indicator!).Where(c => split.Criteria.All(k => k.IndicatorCode != c)).ToList();
        var definitions = await db.Indicators.AsNoTracking().Where(i => stateShare.Contains(i.Code)).ToListAsync(ct);
        return [.. split.Criteria, .. definitions.OrderBy(d => d.Code).Select(d => new CriterionUse(d.Code, d, 0m,
            d.Kind == IndicatorKind.MonthlyAverage ? IndicatorReference.MonthsOfYear(split.Year - 1) : IndicatorReference.EndOfPreviousYear(split.Year)))];
    }

    /// <summary>Each member's known values per indicator: what the reference gives for the budget year and for each year before it.</summary>
    private static async Task<Dictionary<(MunicipalityCode, string), List<(int Year, decimal Value)>>> SeriesAsync(IAppDbContext db, int budgetYear,
        List<SplitMember> members, List<CriterionUse> criteria, CancellationToken ct)
    {
        var series = new Dictionary<(MunicipalityCode, string), List<(int, decimal)>>();
        for (var back = 0; back < HistoryYears; back++)
        {
            var shifted = criteria.Select(c => c with { Reference = c.Reference with { Date = c.Reference.Date.AddYears(-back) } }).ToList();
            foreach (var use in await YearSplitQuery.ValuesAsync(db, members, shifted, ct))
                if (use.Value is { } value)
                {
                    if (!series.TryGetValue((use.Code, use.IndicatorCode), out var list)) series[(use.Code, use.IndicatorCode)] = list = [];
                    list.Add((budgetYear - back, value));
                }
        }
        return series;
    }
}

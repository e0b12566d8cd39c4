using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>
/// Builds the current area's cost split for a budget year from stored data: the year's members, the key's
/// criteria and indicator values, the budget's shared cost and direct charges. The arithmetic is the domain
/// engine's; this only gathers inputs and names what is missing.
/// </summary>
public sealed class YearSplitQuery(IAppDbContextFactory contexts)
{
    /// <summary>The description of the direct charges that carry a member's part of the investments.</summary>
    public const string InvestmentCharge = "investments";

    /// <summary>The budget years the area has a key or a budget for (the page adds the current and next year).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.AllocationKeys.Select(k => k.BudgetYear).Union(db.Budgets.Select(b => b.Year)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AllocationKey>> KeysAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.AllocationKeys.AsNoTracking().Include("_criteria").Where(k => k.BudgetYear == year)
            .OrderByDescending(k => k.IsMain).ThenBy(k => k.Name).ToListAsync(ct);
    }

    public async Task<YearSplit?> LoadAsync(int year, Guid? keyId = null, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await LoadInAsync(db, year, keyId, ct);
    }

    /// <summary>The split on a write's own context: sees what the write saved so far in its transaction (a cancelled revision).</summary>
    internal static async Task<YearSplit?> LoadInAsync(IAppDbContext db, int year, Guid? keyId, CancellationToken ct)
    {
        var key = await db.AllocationKeys.AsNoTracking().Include("_criteria")
            .Where(k => k.BudgetYear == year && (keyId == null ? k.IsMain : k.Id == keyId))
            .FirstOrDefaultAsync(ct);
        if (key is null) return null;
        var split = await SplitForKeyAsync(db, year, key, ct);
        return split with { KeyChangedAt = await KeyChangedAtAsync(db, key, ct) };
    }

    /// <summary>
    /// The current split's cost under another key of the same year (issue 12.3: like with like): the other key's criteria
    /// and indicator values, the current key's shared cost, direct charges, investments and revisions. Null when the key is gone.
    /// </summary>
    public async Task<YearSplit?> UnderOtherKeyAsync(YearSplit current, Guid otherKeyId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        var other = await db.AllocationKeys.AsNoTracking().Include("_criteria")
            .FirstOrDefaultAsync(k => k.BudgetYear == current.Year && k.Id == otherKeyId, ct);
        var own = await db.AllocationKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == current.KeyId, ct);
        if (other is null || own is null) return null;
        // The current key's id and role pick the cost from the budget; the other key only lends its criteria.
        var hybrid = new AllocationKey(own.Id, own.AreaId, current.Year, other.Name, own.IsMain);
        hybrid.SetCriteria(other.Criteria.Select(c => (c.IndicatorCode, c.WeightPercent, c.Reference)));
        return await SplitForKeyAsync(db, current.Year, hybrid, ct) with { KeyId = other.Id };
    }

    /// <summary>The last audited change of the key row or of its current criteria (replaced criteria are new rows).</summary>
    private static async Task<DateTimeOffset?> KeyChangedAtAsync(IAppDbContext db, AllocationKey key, CancellationToken ct)
    {
        var entityKeys = key.Criteria.Select(c => c.Id.ToString()).Append(key.Id.ToString()).ToList();
        return await db.AuditEntries.AsNoTracking().Where(a => entityKeys.Contains(a.EntityKey)).MaxAsync(a => (DateTimeOffset?)a.At, ct);
    }

    /// <summary>The split the key being edited would give, with the stored values and budget (the live preview).</summary>
    public async Task<YearSplit> PreviewAsync(int year, KeyForm form, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        // The preview splits what the edited key splits: the main cost for the main (or first) key, else its named costs.
        var isMain = form.Id is { } id
            ? await db.AllocationKeys.Where(k => k.Id == id).Select(k => k.IsMain).FirstOrDefaultAsync(ct)
            : !await db.AllocationKeys.AnyAsync(k => k.BudgetYear == year, ct);
        var key = new AllocationKey(form.Id ?? Guid.Empty, Guid.Empty, year, form.Name, isMain);
        key.SetCriteria(form.Criteria.Where(c => c.Reference is not null && c.IndicatorCode.Length > 0)
            .Select(c => (c.IndicatorCode, c.WeightPercent, c.Reference!)));
        return await SplitForKeyAsync(db, year, key, ct);
    }

    private static async Task<YearSplit> SplitForKeyAsync(IAppDbContext db, int year, AllocationKey key, CancellationToken ct)
    {
        var members = await MembersOfYearAsync(db, year, ct);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, ct);
        var criteria = key.Criteria.Select(c => new CriterionUse(c.IndicatorCode,
            indicators.GetValueOrDefault(c.IndicatorCode), c.WeightPercent, c.Reference)).ToList();
        var values = await ValuesAsync(db, members, criteria, ct);
        var components = criteria.SelectMany(c => c.Definition?.ParsedFormula?.Terms ?? []).Distinct()
            .Where(indicators.ContainsKey).ToDictionary(t => t, t => indicators[t]);

        var budget = await db.Budgets.AsNoTracking().FirstOrDefaultAsync(b => b.Year == year, ct);
        var lines = budget is null ? [] : await db.BudgetLines.AsNoTracking().Where(l => l.BudgetId == budget.Id).ToListAsync(ct);
        var revisions = await db.BudgetRevisions.AsNoTracking().Where(r => r.Year == year && r.CancelledAt == null).OrderBy(r => r.FromMonth)
            .Select(r => new Revision(r.FromMonth, Money.FromEuros(r.SharedCost))).ToListAsync(ct);
        var carried = key.IsMain
            ? await db.Reconciliations.AsNoTracking().Where(r => r.CarryToYear == year && r.CarriedAmount != null && r.CancelledAt == null).SumAsync(r => r.CarriedAmount!.Value, ct)
            : 0m;
        return Assemble(year, key, members, criteria, values, budget, lines, revisions, Money.FromEuros(carried)) with { Components = components };
    }

    private static YearSplit Assemble(int year, AllocationKey key, List<SplitMember> members, List<CriterionUse> criteria,
        List<IndicatorUse> values, Budget? budget, List<BudgetLineItem> lines, List<Revision> revisions, Money carriedIn)
    {
        var problems = new List<CostSharingError>();
        foreach (var missing in values.Where(v => v.Value is null))
            problems.Add(new($"indicators.{missing.IndicatorCode}.{missing.Code}", "split.indicator-missing", missing.Code.Value, missing.IndicatorCode));
        if (budget is null) problems.Add(new("budget", "split.no-budget", year));

        var sharedCost = budget is null ? null : Budget.SharedCostFor(lines, key.Id, key.IsMain);
        // Charges to one municipality belong to the main split; a named cost's split has none.
        var directCharges = key.IsMain ? Budget.DirectChargesOf(lines).ToList() : [];
        var investments = Budget.InvestmentsFor(lines, key.Id, key.IsMain);
        CostSplit? split = null;
        AdvancePlan? advances = null;
        List<DirectCharge> investmentShares = [];
        if (problems.Count == 0 && sharedCost is not null)
        {
            var input = new CostSplitInput(
                members.Select(m => new MunicipalityIndicators(m.Code, m.NameFi,
                    values.Where(v => v.Code == m.Code).ToDictionary(v => v.IndicatorCode, v => v.Value!.Value))).ToList(),
                key.ToEngineCriteria(), sharedCost.Amount + carriedIn, directCharges);
            problems.AddRange(CostSplitCalculator.Validate(input with { SharedCost = investments }));
            if (problems.Count == 0 && investments > Money.Zero)
            {
                // Investments are split by the same key but billed in lines of their own: each member's part
                // joins its direct charges, so the schedule and the reconciliation carry it like any charge.
                investmentShares = CostSplitCalculator.Calculate(input with { SharedCost = investments, DirectCharges = [] })
                    .Municipalities.Select(m => new DirectCharge(m.Code, m.Shared, InvestmentCharge)).ToList();
                input = input with { DirectCharges = [.. directCharges, .. investmentShares] };
            }
            problems.AddRange(AdvanceSchedule.Validate(input, revisions));
            if (problems.Count == 0)
            {
                // One calculation of the year's split: the schedule makes it and hands it back.
                advances = AdvanceSchedule.Build(input, revisions);
                split = advances.InitialSplit;
            }
        }
        return new YearSplit(year, key.Id, key.Name, members, criteria, values, sharedCost, directCharges, split, advances,
            budget?.BalanceOf(lines), problems) { Revisions = revisions, Investments = investmentShares, CarriedIn = carriedIn };
    }

    /// <summary>The municipalities whose membership is in force on 1 January of the budget year.</summary>
    internal static async Task<List<SplitMember>> MembersOfYearAsync(IAppDbContext db, int year, CancellationToken ct)
    {
        var memberships = await db.Memberships.AsNoTracking().ToListAsync(ct);
        var codes = memberships.Where(m => m.CountsForBudgetYear(year)).Select(m => m.MunicipalityCode).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => codes.Contains(m.Code)).ToListAsync(ct);
        return names.OrderBy(m => m.Code).Select(m => new SplitMember(m.Code, m.NameFi, m.NameSv)).ToList();
    }

    internal static async Task<List<IndicatorUse>> ValuesAsync(IAppDbContext db, List<SplitMember> members, List<CriterionUse> criteria, CancellationToken ct)
    {
        var codes = members.Select(m => m.Code).ToList();
        var indicatorCodes = criteria.Select(c => c.IndicatorCode).ToList();
        var stored = await db.IndicatorValues.AsNoTracking()
            .Where(v => indicatorCodes.Contains(v.IndicatorCode) && codes.Contains(v.MunicipalityCode))
            .ToListAsync(ct);
        var result = new List<IndicatorUse>();
        foreach (var criterion in criteria)
        {
            if (criterion.Definition is { IsDerived: true } derived)
            {
                result.AddRange(await DerivedUsesAsync(db, derived, criterion.Reference, codes, ct));
                continue;
            }
            foreach (var member in members)
            {
                var series = stored.Where(v => v.IndicatorCode == criterion.IndicatorCode && v.MunicipalityCode == member.Code).ToList();
                var resolved = criterion.Reference.Resolve(series.ToDictionary(v => v.OnDate, v => v.Value));
                var used = criterion.Reference.Kind == IndicatorKind.PointInTime
                    ? series.Where(v => v.OnDate == criterion.Reference.Date)
                    : series.Where(v => criterion.Reference.Months().Contains(v.OnDate));
                result.Add(new IndicatorUse(member.Code, criterion.IndicatorCode, resolved?.Value, resolved?.Count ?? 0, used.Any(v => v.IsDemo)));
            }
        }
        return result;
    }

    /// <summary>
    /// A derived criterion (broad unemployment): the member's months computed from the imported component series,
    /// kept with the use so the trace can show every month's sum.
    /// </summary>
    private static async Task<IEnumerable<IndicatorUse>> DerivedUsesAsync(IAppDbContext db, Indicator derived, IndicatorReference reference,
        List<MunicipalityCode> members, CancellationToken ct)
    {
        var dates = reference.Kind == IndicatorKind.PointInTime ? [reference.Date] : reference.Months();
        var series = await Indicators.DerivedSeries.LoadAsync(db, derived, members, dates.Min(), dates.Max(), ct);
        return members.Select(m =>
        {
            var used = series[m].Values.Where(v => dates.Contains(v.Date)).ToList();
            var resolved = reference.Resolve(used.ToDictionary(v => v.Date, v => v.Value));
            return new IndicatorUse(m, derived.Code, resolved?.Value, resolved?.Count ?? 0, series[m].UsesDemoData) { Derivation = used };
        });
    }
}

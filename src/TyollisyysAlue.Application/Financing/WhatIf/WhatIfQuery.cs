using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Financing.WhatIf;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Financing.WhatIf;

/// <summary>
/// Replays scenario changes on the current area's year (its stored split input) and compares. Reads only: nothing of
/// the area is written — a saved scenario is a row of its own (<see cref="SaveWhatIfScenario"/>).
/// </summary>
public sealed class WhatIfQuery(IAppDbContextFactory contexts, YearSplitQuery splits)
{
    /// <summary>
    /// The current year's split input (its direct charges without the investments) and the year's investments, or a null
    /// input when the year cannot be split.
    /// </summary>
    public async Task<(CostSplitInput? Input, Domain.Common.Money Investments)> CurrentAsync(int year, CancellationToken ct = default)
    {
        var split = await splits.LoadAsync(year, ct: ct);
        if (split?.Split is null) return (null, Domain.Common.Money.Zero);
        var municipalities = split.Members.Select(m => new MunicipalityIndicators(m.Code, m.NameFi,
            split.Values.Where(v => v.Code == m.Code && v.Value is not null).ToDictionary(v => v.IndicatorCode, v => v.Value!.Value))).ToList();
        var input = new CostSplitInput(municipalities, split.Criteria.Select(c => new Criterion(c.IndicatorCode, c.WeightPercent)).ToList(),
            split.Split.SharedCost, split.DirectCharges);
        return (input, Domain.Common.Money.Sum(split.Investments.Select(i => i.Amount)));
    }

    /// <summary>
    /// The split as the year's split makes it: the investments split by the same key over the same members and billed as
    /// each member's direct charge (so a leaver's part falls to the others, as it would).
    /// </summary>
    public static CostSplit SplitWithInvestments(CostSplitInput input, Domain.Common.Money investments)
    {
        if (investments <= Domain.Common.Money.Zero) return CostSplitCalculator.Calculate(input);
        var shares = CostSplitCalculator.Calculate(input with { SharedCost = investments, DirectCharges = [] }).Municipalities
            .Select(m => new DirectCharge(m.Code, m.Shared, YearSplitQuery.InvestmentCharge));
        return CostSplitCalculator.Calculate(input with { DirectCharges = [.. input.DirectCharges, .. shares] });
    }

    /// <summary>The area's saved scenarios of a year, by name.</summary>
    public async Task<IReadOnlyList<WhatIfScenario>> ScenariosAsync(int year, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.WhatIfScenarios.AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.Name).ToListAsync(ct);
    }

    /// <summary>One saved scenario of the area, or null when it was removed (or is another area's).</summary>
    public async Task<WhatIfScenario?> ScenarioAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateAsync(ct);
        return await db.WhatIfScenarios.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    public async Task<WhatIfResult?> RunAsync(int year, IReadOnlyList<ScenarioChange> changes, CancellationToken ct = default)
    {
        var (current, investments) = await CurrentAsync(year, ct);
        if (current is null) return null;
        var scenario = Scenario.Apply(current, changes);
        var problems = CostSplitCalculator.Validate(scenario);
        var before = SplitWithInvestments(current, investments);
        var after = problems.Count == 0 ? SplitWithInvestments(scenario, investments) : null;

        await using var db = await contexts.CreateAsync(ct);
        var joiners = changes.OfType<AddMunicipality>().ToDictionary(a => MunicipalityCode.Parse(a.Code), a => (IReadOnlyDictionary<string, decimal>)a.Indicators);
        var workforce = await WorkforceAsync(db, year, current.Municipalities.Concat(scenario.Municipalities).Select(m => m.Code).Distinct().ToList(), ct);
        WorkforceCheck Check(CostSplitInput input) => WorkforceBase.Check(year, input.Municipalities
            .Select(m => joiners.TryGetValue(m.Code, out var given)
                ? new MemberWorkforce(m.Code, given.TryGetValue(Indicator.LabourForce, out var lf) ? lf : null, given.TryGetValue(Indicator.WorkingAge, out var wa) ? wa : null)
                : workforce.GetValueOrDefault(m.Code) ?? new MemberWorkforce(m.Code, null, null)).ToList());

        var everyone = current.Municipalities.Concat(scenario.Municipalities).DistinctBy(m => m.Code).Select(m => (m.Code, m.Name)).ToList();
        var financing = await MemberFinancingLoader.LoadAsync(db, year, everyone, joiners, ct);
        Domain.Common.Money? Net(CostSplit? of, MunicipalityCode code)
        {
            var share = of?.Municipalities.FirstOrDefault(m => m.Code == code);
            if (share is null || !financing.Members.TryGetValue(code, out var f)) return null;
            return NetPositionCalculator.Row(new NetPositionInput(code, share.Name, share.Total, f.StateShare, f.BenefitLiability,
                f.Liability.Source, f.Compensation, f.WorkingAge)).NetCost;
        }
        var payments = after is null ? [] : ScenarioComparison.Compare(before, after);
        var nets = payments.Select(p => new NetDifference(p.Code, Net(before, p.Code), Net(after, p.Code))).ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => everyone.Select(e => e.Code).Contains(m.Code))
            .Select(m => new SplitMember(m.Code, m.NameFi, m.NameSv)).ToListAsync(ct);
        return new WhatIfResult(year, before, after, payments, nets, Check(current), Check(scenario), problems, changes) { Names = names };
    }

    private static async Task<Dictionary<MunicipalityCode, MemberWorkforce>> WorkforceAsync(IAppDbContext db, int year, List<MunicipalityCode> codes, CancellationToken ct)
    {
        var reference = new DateOnly(year - 1, 12, 31);
        var values = await db.IndicatorValues.AsNoTracking()
            .Where(v => (v.IndicatorCode == Indicator.LabourForce || v.IndicatorCode == Indicator.WorkingAge) && codes.Contains(v.MunicipalityCode) && v.OnDate <= reference)
            .Select(v => new { v.IndicatorCode, v.MunicipalityCode, v.OnDate, v.Value }).ToListAsync(ct);
        decimal? Latest(string indicator, MunicipalityCode code) => values.Where(v => v.IndicatorCode == indicator && v.MunicipalityCode == code)
            .MaxBy(v => v.OnDate)?.Value;
        return codes.ToDictionary(c => c, c => new MemberWorkforce(c, Latest(Indicator.LabourForce, c), Latest(Indicator.WorkingAge, c)));
    }
}

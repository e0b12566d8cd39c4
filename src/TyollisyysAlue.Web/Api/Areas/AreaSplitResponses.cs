using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Web.Api.CostSharing;

namespace TyollisyysAlue.Web.Api.Areas;

/// <summary>The stored split of the token's area for a year, by its main key.</summary>
public sealed record AreaSplitResponse(int Year, string Key, decimal SharedCost, decimal DirectTotal, decimal Total,
    IReadOnlyList<PotResult> Criteria, IReadOnlyList<AreaMunicipalityShare> Municipalities)
{
    public static AreaSplitResponse From(YearSplit year, CostSplit split) => new(year.Year, year.KeyName,
        split.SharedCost.ToEuros(), split.DirectTotal.ToEuros(), split.GrandTotal.ToEuros(),
        split.Pots.Select(p => new PotResult(p.Indicator, p.WeightPercent, p.IndicatorTotal, p.Amount.ToEuros())).ToList(),
        split.Municipalities.Select(m => new AreaMunicipalityShare(m.Code.Value, m.Name, m.Criteria.Select(CriterionResult.From).ToList(),
            m.Shared.ToEuros(), m.Direct.ToEuros(), m.Total.ToEuros())).ToList());
}

/// <summary>One criterion of the key: its weight, the indicator's total over the members, and the euros it splits.</summary>
public sealed record PotResult(string Indicator, decimal WeightPercent, decimal IndicatorTotal, decimal Amount);

public sealed record AreaMunicipalityShare(string Code, string Name, IReadOnlyList<CriterionResult> Criteria,
    decimal Shared, decimal Direct, decimal Total);

/// <summary>The year's monthly advances; each municipality's 12 instalments (January first) sum to its total.</summary>
public sealed record AreaScheduleResponse(int Year, string Key, decimal Total, IReadOnlyList<AreaMunicipalitySchedule> Municipalities)
{
    public static AreaScheduleResponse From(YearSplit year, AdvancePlan plan) => new(year.Year, year.KeyName,
        plan.FinalSplit.GrandTotal.ToEuros(),
        plan.Municipalities.Select(m => new AreaMunicipalitySchedule(m.Code.Value, m.Name, m.Total.ToEuros(),
            m.Instalments.Select(i => i.ToEuros()).ToList())).ToList());
}

public sealed record AreaMunicipalitySchedule(string Code, string Name, decimal Total, IReadOnlyList<decimal> Monthly);

/// <summary>The recorded year-end reconciliation: per municipality final − paid; a carried balance names its year; where
/// the actual shared cost came from (the trace of issue 15.3).</summary>
public sealed record AreaReconciliationResponse(int Year, decimal ActualSharedCost, AreaReconciliationCost Cost, decimal Balance,
    int? CarriedToYear, string? Decision, IReadOnlyList<AreaSettlement> Municipalities)
{
    public static AreaReconciliationResponse From(int year, YearEndView view) => new(year, view.Record.ActualSharedCost,
        AreaReconciliationCost.From(view.Record), view.Balance.ToEuros(), view.Record.CarryToYear, view.Record.DecisionReference,
        view.Settlements.Select(s => new AreaSettlement(s.Code.Value, s.Name, s.FinalCost.ToEuros(), s.Paid.ToEuros(), s.Balance.ToEuros())).ToList());
}

/// <summary>
/// The actual shared cost's source: <c>entered</c> (no actuals imported), <c>fromActuals</c> (computed from the year's
/// ledger) or <c>overridden</c> (a planner's figure in place of <see cref="ComputedFromActuals"/>, with the reason).
/// </summary>
public sealed record AreaReconciliationCost(string Source, decimal? ComputedFromActuals, string? OverrideReason, string? RecordedBy,
    DateTimeOffset? RecordedAt)
{
    public static AreaReconciliationCost From(YearEndReconciliation record) => new(record.CostSource switch
    {
        ActualCostSource.FromActuals => "fromActuals",
        ActualCostSource.Overridden => "overridden",
        _ => "entered",
    }, record.ComputedFromActuals, record.OverrideReason, record.CostRecordedBy, record.CostRecordedAt);
}

public sealed record AreaSettlement(string Code, string Name, decimal Final, decimal Paid, decimal Settlement);

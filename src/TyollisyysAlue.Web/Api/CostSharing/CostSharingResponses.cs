using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;

namespace TyollisyysAlue.Web.Api.CostSharing;

/// <summary>
/// The split after all revisions: <see cref="SharedCost"/> is the last revision's (or the input's), and every
/// municipality's <see cref="MunicipalityResult.Monthly"/> adds up to its <see cref="MunicipalityResult.Total"/>.
/// </summary>
public sealed record CalculateResponse(decimal SharedCost, decimal Total, IReadOnlyList<MunicipalityResult> Municipalities)
{
    public static CalculateResponse From(AdvancePlan plan) => new(
        plan.FinalSplit.SharedCost.ToEuros(),
        plan.FinalSplit.GrandTotal.ToEuros(),
        plan.FinalSplit.Municipalities.Select(m => new MunicipalityResult(m.Code.Value, m.Name,
            m.Criteria.Select(CriterionResult.From).ToList(), m.Shared.ToEuros(), m.Direct.ToEuros(), m.Total.ToEuros(),
            plan.For(m.Code).Instalments.Select(i => i.ToEuros()).ToList())).ToList());
}

/// <summary><see cref="Monthly"/>: 12 instalments, January first; one may be negative (a credit after a cut).</summary>
public sealed record MunicipalityResult(string Code, string Name, IReadOnlyList<CriterionResult> Criteria,
    decimal Shared, decimal Direct, decimal Total, IReadOnlyList<decimal> Monthly);

/// <summary><see cref="Ratio"/>: the municipality's share (0..1) of the indicator's total; <see cref="Value"/>: its own value.</summary>
public sealed record CriterionResult(string Indicator, decimal Value, decimal Ratio, decimal Amount)
{
    public static CriterionResult From(CriterionAmount amount) =>
        new(amount.Indicator, amount.IndicatorValue, amount.Ratio, amount.Amount.ToEuros());
}

/// <summary>Year-end reconciliation: <see cref="Settlement"/> = final − paid (positive: invoice, negative: refund).</summary>
public sealed record ReconcileResponse(decimal Final, decimal Paid, decimal Settlement, IReadOnlyList<SettlementResult> Municipalities)
{
    public static ReconcileResponse From(IReadOnlyList<Settlement> settlements) => new(
        Money.Sum(settlements.Select(s => s.FinalCost)).ToEuros(), Money.Sum(settlements.Select(s => s.Paid)).ToEuros(),
        Money.Sum(settlements.Select(s => s.Balance)).ToEuros(),
        settlements.Select(s => new SettlementResult(s.Code.Value, s.Name, s.FinalCost.ToEuros(), s.Paid.ToEuros(), s.Balance.ToEuros())).ToList());
}

public sealed record SettlementResult(string Code, string Name, decimal Final, decimal Paid, decimal Settlement);

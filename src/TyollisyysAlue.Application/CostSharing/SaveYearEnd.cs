using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Budgets;

namespace TyollisyysAlue.Application.CostSharing;

/// <summary>
/// Planners record the year's actual shared cost and, by a decision, carry its balance to a later year. The carried
/// balance is the one the decision saw: computed from the year as it stands with this record, saved with it.
/// With the year's actuals imported, the cost computed from them is the figure; another figure is an override and
/// needs a reason, recorded with who and when (the trace the reconciliation shows).
/// </summary>
public sealed class SaveYearEnd(YearSplitQuery splits) : WriteUseCase<YearEndForm>
{
    public override WriteRight Right => WriteRight.AreaEdit;

    protected internal override async Task<WriteStep> StageAsync(WriteContext write, YearEndForm form, CancellationToken ct)
    {
        var record = await write.Db.Reconciliations.FirstOrDefaultAsync(r => r.Year == form.Year && r.CancelledAt == null, ct);
        if (record is null)
        {
            record = new YearEndReconciliation(Guid.NewGuid(), write.AreaId, form.Year, form.ActualSharedCost);
            write.Db.Reconciliations.Add(record);
        }
        var fromActuals = (await ActualSharedCostQuery.ForYearAsync(write.Db, form.Year, ct))?.Amount.ToEuros();
        var reason = string.IsNullOrWhiteSpace(form.OverrideReason) ? null : form.OverrideReason.Trim();
        if (fromActuals is { } computed && computed != form.ActualSharedCost && reason is null)
            return write.Refuse(nameof(YearEndForm.OverrideReason), "Validation.OverrideReasonRequired");
        record.RecordActualCost(form.ActualSharedCost, fromActuals, reason, write.UserName, write.Now);
        record.CarryTo(form.CarryToYear, form.DecisionReference?.Trim());
        var view = await splits.LoadAsync(form.Year, ct: ct) is { } split ? await YearEndQuery.SettleAsync(write.Db, split, record, ct) : null;
        // The decision carries the balance as it stands now; later changes to the year need a new decision.
        if (form.CarryToYear is not null && view is { Final: not null }) record.RecordCarriedBalance(view.Balance.ToEuros());
        // Settled now: each member's balance becomes an invoice or a refund in the payments ledger.
        await ReconciliationBilling.StageAsync(write.Db, write.AreaId, form.Year, record, view, write.Now, ct);
        return write.Save(record);
    }
}

using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.FollowUp;

/// <summary>Worked examples: a reconciliation's difference per member becomes invoices and refunds that add up to the cent.</summary>
public class ReconciliationInvoicesTests
{
    private static readonly MunicipalityCode Porvoo = MunicipalityCode.Parse("638");
    private static readonly MunicipalityCode Loviisa = MunicipalityCode.Parse("434");
    private static readonly MunicipalityCode Askola = MunicipalityCode.Parse("018");

    [Fact]
    public void Each_members_balance_becomes_an_invoice_or_a_refund_and_they_add_up_to_the_total_difference()
    {
        // Final shares 612 345,67 / 201 000,01 / 86 654,32 € against advances invoiced 600 000,00 / 205 432,10 / 86 654,32 €.
        Settlement Settle(MunicipalityCode code, decimal final, decimal invoiced) =>
            new(code, code.Value, Money.FromEuros(final), Money.FromEuros(invoiced), Money.FromEuros(final - invoiced));
        var settlements = new[] { Settle(Porvoo, 612_345.67m, 600_000m), Settle(Loviisa, 201_000.01m, 205_432.10m), Settle(Askola, 86_654.32m, 86_654.32m) };
        var recorded = new DateOnly(2026, 2, 10);

        var invoices = ReconciliationInvoices.From(settlements, recorded);

        Assert.Equal(2, invoices.Count); // Askola's balance is zero: nothing to invoice or refund.
        var porvoo = invoices.Single(i => i.Code == Porvoo);
        var loviisa = invoices.Single(i => i.Code == Loviisa);
        Assert.Equal((Money.FromEuros(12_345.67m), false), (porvoo.Amount, porvoo.IsRefund));
        Assert.Equal((Money.FromEuros(-4_432.09m), true), (loviisa.Amount, loviisa.IsRefund));
        Assert.Equal(Money.FromEuros(7_913.58m), Money.Sum(invoices.Select(i => i.Amount)));
        Assert.Equal(Money.Sum(settlements.Select(s => s.Balance)), Money.Sum(invoices.Select(i => i.Amount)));
        Assert.All(invoices, i => Assert.Equal(new DateOnly(2026, 3, 12), i.DueDate));
    }

    [Fact]
    public void A_refund_lowers_the_members_open_balance_in_the_ledger()
    {
        var balance = MemberBalance.Of([(new DateOnly(2025, 1, 15), Money.FromEuros(1_000m)), (new DateOnly(2026, 3, 12), Money.FromEuros(-123.45m))],
            [Money.FromEuros(1_000m)], new DateOnly(2026, 4, 1));
        Assert.Equal(Money.FromEuros(-123.45m), balance.Open);
        Assert.False(balance.IsOverdue);
    }

    [Fact]
    public void A_revision_or_reconciliation_is_cancelled_once_with_a_reason_and_keeps_who_when_and_why()
    {
        var revision = new BudgetRevision(Guid.NewGuid(), Guid.NewGuid(), 2025, 7, 1_500_000m, "Jaosto 12.6.2025 § 40");
        Assert.Equal("Cancel.ReasonRequired", Assert.Throws<DomainException>(() => revision.Cancel("Pekka", DateTimeOffset.UnixEpoch, " ")).Code);
        Assert.Null(revision.Cancelled);

        revision.Cancel("Pekka", DateTimeOffset.UnixEpoch, " Väärä päätös ");
        Assert.Equal(new Cancellation("Pekka", DateTimeOffset.UnixEpoch, "Väärä päätös"), revision.Cancelled);
        Assert.Equal(Cancellation.AlreadyCancelled, Assert.Throws<DomainException>(() => revision.Cancel("Anna", DateTimeOffset.UnixEpoch, "taas")).Code);

        var reconciliation = new YearEndReconciliation(Guid.NewGuid(), Guid.NewGuid(), 2025, 1m);
        reconciliation.Cancel("Pekka", DateTimeOffset.UnixEpoch, "Kustannus väärin");
        Assert.Equal("Kustannus väärin", reconciliation.Cancelled!.Reason);
        Assert.Throws<DomainException>(() => reconciliation.Cancel("Pekka", DateTimeOffset.UnixEpoch, "taas"));
    }
}

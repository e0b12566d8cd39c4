using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.CostSharing.Cancelling;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>
/// The payments ledger and the year end on PostgreSQL: the reconciliation settles what was actually invoiced and shows
/// what was paid, its differences become invoices and refunds to the cent, and revisions and reconciliations can be
/// cancelled with a reason (recomputing the invoices), once.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class ReconciliationBillingTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_reconciliation_settles_the_invoiced_advances_shows_payments_and_bills_each_difference_to_the_cent()
    {
        var (_, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        Assert.IsType<WriteOutcome<IssueInvoicesForm>.Saved>(await user.Get<IssueAdvanceInvoices>().RunAsync(new IssueInvoicesForm { Year = 2025 }));
        Assert.True((await user.Get<RecordPayment>().RunAsync(new PaymentForm { Year = 2025, MunicipalityCode = kuopio.Value, PaidOn = new DateOnly(2025, 2, 14), Amount = 70_000.01m, Reference = "RF01" })).IsSaved);

        Assert.True((await user.Get<SaveYearEnd>().RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 1_150_000.03m })).IsSaved);
        var split = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;
        var view = (await user.Get<YearEndQuery>().LoadAsync(split))!;

        Assert.True(view.FromInvoices);
        Assert.Equal(Money.FromEuros(70_000.01m), view.Accounts[kuopio].Received);
        Assert.Equal(Money.FromEuros(1_200_000m), Money.Sum(view.Accounts.Values.Select(a => a.Invoiced)));
        var kuopioSettlement = view.Settlements.Single(s => s.Code == kuopio);
        Assert.Equal(view.Accounts[kuopio].Invoiced, kuopioSettlement.Paid);
        Assert.Equal(kuopioSettlement.FinalCost - Money.FromEuros(70_000.01m), view.OpenAfter(kuopioSettlement));
        Assert.Equal(Money.FromEuros(-49_999.97m), view.Balance);

        var report = await user.Get<PaymentsQuery>().LoadAsync(2025);
        var billed = report.Members.SelectMany(m => m.Invoices).Where(i => i.Kind == InvoiceKind.Reconciliation).ToList();
        Assert.Equal(view.Balance, Money.Sum(billed.Select(i => Money.FromEuros(i.Amount))));
        foreach (var s in view.Settlements)
            Assert.Equal(s.Balance, Money.FromEuros(billed.Single(i => i.MunicipalityCode == s.Code).Amount));
        var due = HelsinkiTime.DayOf(view.Record.CostRecordedAt!.Value).AddDays(ReconciliationInvoices.DueDays);
        Assert.All(billed, i => Assert.Equal((due, view.Record.Id), (i.DueDate, i.ReconciliationId!.Value)));

        // Recorded again with another cost: the same invoices follow, nothing billed twice.
        Assert.True((await user.Get<SaveYearEnd>().RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 1_250_000m })).IsSaved);
        var again = (await user.Get<PaymentsQuery>().LoadAsync(2025)).Members.SelectMany(m => m.Invoices).Where(i => i.Kind == InvoiceKind.Reconciliation).ToList();
        Assert.Equal(2, again.Count);
        Assert.Equal(Money.FromEuros(50_000m), Money.Sum(again.Select(i => Money.FromEuros(i.Amount))));
    }

    [Fact]
    public async Task A_cancelled_reconciliation_stays_visible_its_invoices_go_and_it_cannot_be_cancelled_again()
    {
        var (area, user, _) = await TwoMemberArea.CreateAsync(fixture);
        Assert.True((await user.Get<SaveYearEnd>().RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 1_100_000m })).IsSaved);
        var split = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;
        var record = (await user.Get<YearEndQuery>().LoadAsync(split))!.Record;
        Assert.False((await user.Get<YearEndQuery>().LoadAsync(split))!.FromInvoices);

        // Another area's planner cannot reach it.
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "outsider@example.fi");
        Assert.IsType<WriteOutcome<CancelForm>.Gone>(await outsider.Get<CancelReconciliation>().RunAsync(new CancelForm { Id = record.Id, Version = record.Version, Reason = "x" }));

        var noReason = Assert.IsType<WriteOutcome<CancelForm>.Invalid>(await user.Get<CancelReconciliation>().RunAsync(new CancelForm { Id = record.Id, Version = record.Version }));
        Assert.Equal("Cancel.ReasonRequired", noReason.Errors.Single().ErrorCode);
        Assert.True((await user.Get<CancelReconciliation>().RunAsync(new CancelForm { Id = record.Id, Version = record.Version, Reason = "Kustannus kirjattiin väärin" })).IsSaved);

        var cancelled = (await user.Get<YearEndQuery>().LoadAsync(split))!;
        Assert.Equal("Kustannus kirjattiin väärin", cancelled.Record.Cancelled!.Reason);
        Assert.False(string.IsNullOrEmpty(cancelled.Record.Cancelled.By));
        Assert.Empty(cancelled.Settlements);
        Assert.Single(cancelled.Cancelled);
        Assert.DoesNotContain((await user.Get<PaymentsQuery>().LoadAsync(2025)).Members.SelectMany(m => m.Invoices), i => i.Kind == InvoiceKind.Reconciliation);
        var again = Assert.IsType<WriteOutcome<CancelForm>.Invalid>(await user.Get<CancelReconciliation>().RunAsync(
            new CancelForm { Id = record.Id, Version = cancelled.Record.Version, Reason = "taas" }));
        Assert.Equal(Cancellation.AlreadyCancelled, again.Errors.Single().ErrorCode);

        // The year can be reconciled anew; the cancelled one stays listed beside it.
        Assert.True((await user.Get<SaveYearEnd>().RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 1_150_000m })).IsSaved);
        var renewed = (await user.Get<YearEndQuery>().LoadAsync(split))!;
        Assert.Null(renewed.Record.Cancelled);
        Assert.Equal(Money.FromEuros(-50_000m), renewed.Balance);
        Assert.Equal(record.Id, Assert.Single(renewed.Cancelled).Id);
        await using var db = fixture.ContextFor(user.Context);
        Assert.Equal(2, await db.Reconciliations.CountAsync(r => r.AreaId == area));
    }

    [Fact]
    public async Task Cancelling_a_revision_recomputes_the_schedule_and_the_advances_already_invoiced()
    {
        var (_, user, _) = await TwoMemberArea.CreateAsync(fixture);
        Assert.True((await user.Get<AddRevision>().RunAsync(new RevisionForm { Year = 2025, FromMonth = 7, SharedCost = 1_500_000m, DecisionReference = "Jaosto 12.6.2025 § 40" })).IsSaved);
        Assert.True((await user.Get<IssueAdvanceInvoices>().RunAsync(new IssueInvoicesForm { Year = 2025 })).IsSaved);
        Assert.Equal(Money.FromEuros(1_500_000m), (await user.Get<PaymentsQuery>().LoadAsync(2025)).Invoiced);
        var revision = Assert.Single(await user.Get<RevisionsQuery>().LoadAsync(2025));

        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "outsider@example.fi");
        Assert.IsType<WriteOutcome<CancelForm>.Gone>(await outsider.Get<CancelRevision>().RunAsync(new CancelForm { Id = revision.Id, Version = revision.Version, Reason = "x" }));
        Assert.Empty(await outsider.Get<RevisionsQuery>().LoadAsync(2025));

        Assert.True((await user.Get<CancelRevision>().RunAsync(new CancelForm { Id = revision.Id, Version = revision.Version, Reason = "Päätös kumottiin" })).IsSaved);

        var split = (await user.Get<YearSplitQuery>().LoadAsync(2025))!;
        Assert.Empty(split.Revisions);
        Assert.Equal(Money.FromEuros(1_200_000m), Money.Sum(split.Advances!.Municipalities.Select(m => m.Total)));
        var report = await user.Get<PaymentsQuery>().LoadAsync(2025);
        Assert.Equal(Money.FromEuros(1_200_000m), report.Invoiced);
        Assert.Equal(24, report.Members.Sum(m => m.Invoices.Count));
        foreach (var m in split.Advances.Municipalities)
            Assert.Equal(m.Instalments, report.Members.Single(a => a.Member.Code == m.Code).Invoices.OrderBy(i => i.Month).Select(i => Money.FromEuros(i.Amount)));

        var listed = Assert.Single(await user.Get<RevisionsQuery>().LoadAsync(2025));
        Assert.Equal("Päätös kumottiin", listed.Cancelled!.Reason);
        var twice = Assert.IsType<WriteOutcome<CancelForm>.Invalid>(await user.Get<CancelRevision>().RunAsync(new CancelForm { Id = revision.Id, Version = listed.Version, Reason = "taas" }));
        Assert.Equal(Cancellation.AlreadyCancelled, twice.Errors.Single().ErrorCode);
        // A new revision may start in the same month again.
        Assert.True((await user.Get<AddRevision>().RunAsync(new RevisionForm { Year = 2025, FromMonth = 7, SharedCost = 1_300_000m, DecisionReference = "Jaosto 1.9.2025 § 50" })).IsSaved);
    }
}

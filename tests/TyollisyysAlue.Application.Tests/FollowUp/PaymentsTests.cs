using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>The payments ledger on PostgreSQL: payments recorded through the write pipeline, open balances and overdue.</summary>
[Collection(DatabaseCollection.Name)]
public class PaymentsTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Payments_of_a_member_leave_an_open_balance_and_an_overdue_part_while_a_non_member_is_refused()
    {
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var planner = await fixture.CreateUserAsync(area, AreaRole.Planner);
        var today = TyollisyysAlue.Domain.Common.HelsinkiTime.Today(TimeProvider.System);
        var year = today.Year;
        await using (var db = fixture.CreateContext(area))
        {
            // Two invoices already due, one due next month.
            db.MemberInvoices.Add(new MemberInvoice(Guid.NewGuid(), area, MunicipalityCode.Parse(code), year, 1, InvoiceKind.Advance, 1_000m, today.AddDays(-40)));
            db.MemberInvoices.Add(new MemberInvoice(Guid.NewGuid(), area, MunicipalityCode.Parse(code), year, 2, InvoiceKind.Advance, 1_000m, today.AddDays(-10)));
            db.MemberInvoices.Add(new MemberInvoice(Guid.NewGuid(), area, MunicipalityCode.Parse(code), year, 3, InvoiceKind.Advance, 1_000.01m, today.AddDays(20)));
            await db.SaveChangesAsync();
        }
        await using var scope = UseCaseScope.User(fixture, area, planner);
        var record = scope.Get<RecordPayment>();
        Assert.True((await record.RunAsync(new PaymentForm { Year = year, MunicipalityCode = code, PaidOn = today.AddDays(-35), Amount = 1_000m, Reference = "RF12" })).IsSaved);
        Assert.True((await record.RunAsync(new PaymentForm { Year = year, MunicipalityCode = code, PaidOn = today, Amount = 400.50m })).IsSaved);

        var stranger = await fixture.NewMunicipalityAsync();
        var refused = Assert.IsType<WriteOutcome<PaymentForm>.Invalid>(await record.RunAsync(new PaymentForm { Year = year, MunicipalityCode = stranger, PaidOn = today, Amount = 5m }));
        Assert.Equal("Payments.NotAMember", refused.Errors.Single().ErrorCode);
        var tooPrecise = Assert.IsType<WriteOutcome<PaymentForm>.Invalid>(await record.RunAsync(new PaymentForm { Year = year, MunicipalityCode = code, PaidOn = today, Amount = 5.001m }));
        Assert.Equal("FollowUp.Cents", tooPrecise.Errors.Single().ErrorCode);

        var report = await scope.Get<PaymentsQuery>().LoadAsync(year);
        var member = report.Members.Single();
        Assert.Equal((Money.FromEuros(3_000.01m), Money.FromEuros(1_400.50m), Money.FromEuros(1_599.51m), Money.FromEuros(599.50m)),
            (member.Balance.Invoiced, member.Balance.Paid, member.Balance.Open, member.Balance.Overdue));
        Assert.Equal(today.AddDays(-10), member.Balance.OldestUnpaidDue);
        Assert.Equal(report.Open, Money.Sum(report.Members.Select(m => m.Balance.Open)));

        // Another area's planner sees none of it.
        var (other, _) = await fixture.CreateAreaAsync();
        var otherPlanner = await fixture.CreateUserAsync(other, AreaRole.Planner);
        await using var outsider = UseCaseScope.User(fixture, other, otherPlanner);
        Assert.Equal(Money.Zero, (await outsider.Get<PaymentsQuery>().LoadAsync(year)).Paid);
        Assert.IsType<WriteOutcome<PaymentForm>.Invalid>(await outsider.Get<RecordPayment>().RunAsync(new PaymentForm { Year = year, MunicipalityCode = code, PaidOn = today, Amount = 5m }));
    }
}

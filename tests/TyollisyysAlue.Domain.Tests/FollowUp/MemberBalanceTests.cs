using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Domain.Tests.FollowUp;

public class MemberBalanceTests
{
    private static readonly DateOnly Today = new(2026, 4, 20);

    private static (DateOnly, Money) Invoice(int month, decimal euros) => (new DateOnly(2026, month, 15), Money.FromEuros(euros));

    [Fact]
    public void Payments_settle_the_oldest_invoices_and_what_fell_due_unpaid_is_overdue()
    {
        var balance = MemberBalance.Of([Invoice(1, 1000m), Invoice(2, 1000m), Invoice(3, 1000m), Invoice(4, 1000m), Invoice(5, 1000m)],
            [Money.FromEuros(1000m), Money.FromEuros(500.50m)], Today);
        Assert.Equal(Money.FromEuros(5000m), balance.Invoiced);
        Assert.Equal(Money.FromEuros(4000m), balance.Due);
        Assert.Equal(Money.FromEuros(3499.50m), balance.Open);
        Assert.Equal(Money.FromEuros(2499.50m), balance.Overdue);
        Assert.Equal(new DateOnly(2026, 2, 15), balance.OldestUnpaidDue);
    }

    [Fact]
    public void Nothing_is_overdue_on_its_due_date_or_when_paid_in_advance()
    {
        var onDueDay = MemberBalance.Of([(Today, Money.FromEuros(10m))], [], Today);
        Assert.False(onDueDay.IsOverdue);
        var ahead = MemberBalance.Of([Invoice(1, 10m)], [Money.FromEuros(25m)], Today);
        Assert.Equal((false, Money.FromEuros(-15m), (DateOnly?)null), (ahead.IsOverdue, ahead.Open, ahead.OldestUnpaidDue));
    }
}

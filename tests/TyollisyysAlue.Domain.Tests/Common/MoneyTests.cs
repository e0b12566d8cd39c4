using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Tests.Common;

public class MoneyTests
{
    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("0.01", 1)]
    [InlineData("-0.05", -5)]
    [InlineData("16656000", 1665600000)]
    [InlineData("1.500", 150)]
    public void Euros_convert_to_exact_cents(string euros, long cents) =>
        Assert.Equal(cents, Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)).Cents);

    [Theory]
    [InlineData("0.001")]
    [InlineData("83.333")]
    [InlineData("-1.005")]
    public void More_than_two_decimals_is_refused_not_rounded(string euros)
    {
        var ex = Assert.Throws<DomainException>(() =>
            Money.FromEuros(decimal.Parse(euros, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("money.sub-cent", ex.Code);
    }

    [Fact]
    public void Amounts_beyond_long_cents_are_refused()
    {
        var ex = Assert.Throws<DomainException>(() => Money.FromEuros(decimal.MaxValue));
        Assert.Equal("money.out-of-range", ex.Code);
    }

    [Fact]
    public void Arithmetic_comparison_and_round_trip()
    {
        var a = Money.FromEuros(10.05m);
        var b = Money.FromEuros(0.10m);
        Assert.Equal(Money.FromCents(1015), a + b);
        Assert.Equal(Money.FromCents(995), a - b);
        Assert.Equal(Money.FromCents(-1005), -a);
        Assert.True(b < a && a > b && a >= Money.FromCents(1005) && b <= Money.FromCents(10));
        Assert.False(a < b || b > a);
        Assert.Equal(10.05m, a.ToEuros());
        Assert.Equal(Money.FromCents(1015), Money.Sum([a, b, Money.Zero]));
    }

    [Fact]
    public void Overflow_throws_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => Money.FromCents(long.MaxValue) + Money.FromCents(1));

    [Theory]
    [InlineData(123456, "1234.56")]
    [InlineData(-5, "-0.05")]
    [InlineData(100000, "1000.00")]
    public void ToString_is_invariant_with_two_decimals(long cents, string expected) =>
        Assert.Equal(expected, Money.FromCents(cents).ToString());
}

using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Domain.Tests.FollowUp;

public class LedgerParsingTests
{
    [Theory]
    [InlineData("1 234,56", 1234.56)]
    [InlineData("1\u00A0234\u00A0567,89", 1234567.89)]
    [InlineData("1\u202F234,5", 1234.5)]
    [InlineData("-1 234,56", -1234.56)]
    [InlineData("−12,00", -12)]
    [InlineData("1 234,56-", -1234.56)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1234.56", 1234.56)]
    [InlineData("12 €", 12)]
    [InlineData("", 0)]
    public void Finnish_and_machine_amounts_read_exactly(string text, double expected)
    {
        var (amount, error) = LedgerAmount.Parse(text);
        Assert.Null(error);
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("12,345", LedgerAmount.TooPrecise)]
    [InlineData("1.234", LedgerAmount.TooPrecise)]
    [InlineData("12,3a", LedgerAmount.Unreadable)]
    [InlineData("abc", LedgerAmount.Unreadable)]
    [InlineData("1,2,3", LedgerAmount.Unreadable)]
    public void More_than_two_decimals_or_letters_are_errors_never_rounded(string text, string code) =>
        Assert.Equal(code, LedgerAmount.Parse(text).Error);

    [Theory]
    [InlineData("5.3.2026", 2026, 3)]
    [InlineData("2026-03-05", 2026, 3)]
    [InlineData("2026-11", 2026, 11)]
    [InlineData("3/2026", 2026, 3)]
    [InlineData("03.2026", 2026, 3)]
    [InlineData("2026M07", 2026, 7)]
    [InlineData("46091", 2026, 3)]
    public void Posting_dates_and_periods_give_the_month(string text, int year, int month) =>
        Assert.Equal((year, month), LedgerPeriod.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("32.1.2026")]
    [InlineData("maaliskuu")]
    public void An_unreadable_period_is_none(string text) => Assert.Null(LedgerPeriod.Parse(text));

    [Fact]
    public void Numeric_codes_compare_as_numbers_and_ranges_include_both_ends()
    {
        Assert.True(LedgerCode.InRange("4300", "4300", "4399"));
        Assert.True(LedgerCode.InRange("4399", "4300", "4399"));
        Assert.False(LedgerCode.InRange("43001", "4300", "4399"));
        Assert.False(LedgerCode.InRange("4299", "4300", "4399"));
        Assert.True(LedgerCode.InRange("4350", "4350", null));
        Assert.True(LedgerCode.InRange("KP-B", "KP-A", "KP-C"));
    }

    [Fact]
    public void An_account_in_two_rules_for_different_lines_maps_to_both_so_the_import_can_refuse_it()
    {
        var staff = Guid.NewGuid();
        var other = Guid.NewGuid();
        var rules = new LedgerRules([
            new LedgerRule(Guid.NewGuid(), Guid.Empty, staff, "4000", "4099"),
            new LedgerRule(Guid.NewGuid(), Guid.Empty, other, "4050", null),
            new LedgerRule(Guid.NewGuid(), Guid.Empty, staff, "4000", "4010") { CostCentreFrom = "2100", CostCentreTo = "2199" },
        ]);
        Assert.Equal([staff], rules.LinesOf("4001", "2150"));
        Assert.Equal([staff, other], rules.LinesOf("4050", ""));
        Assert.Empty(rules.LinesOf("5000", ""));
    }
}

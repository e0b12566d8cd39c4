using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Tests.Financing;

/// <summary>
/// Each rule of the net position with figures worked out by hand (unit prices and step percentages here are test
/// values, not official ones).
/// </summary>
public class NetPositionWorkedExampleTests
{
    private static readonly (string, decimal, decimal)[] Criteria =
    [
        ("working-age", 100.00m, 1234m),        // 123 400,00
        ("broad-unemployment", 250.50m, 87m),   //  21 793,50
        ("foreign-language", 12.345m, 3m),      //      37,035 → 37,04 (half away from zero)
    ];

    [Fact]
    public void Calculated_state_share_rounds_each_product_once_and_adds_the_cents()
    {
        var share = StateShareCalculator.Calculate(Criteria, 0m, null);

        Assert.Equal([12_340_000L, 2_179_350L, 3_704L], share.Parts.Select(p => p.Amount.Cents));
        Assert.Equal(Money.FromEuros(145_230.54m), share.Calculated);
        Assert.Equal(share.Calculated, share.Received);
        Assert.Null(share.Realised);
    }

    [Theory]
    [InlineData(50, 122_615.27)]   // (100 000,00 + 145 230,54) / 2
    [InlineData(25, 133_922.91)]   // 25 000,00 + 108 922,905 = 133 922,905 → ,91
    [InlineData(0, 145_230.54)]    // from 2027: the calculated share alone
    public void Transition_mixes_realised_and_calculated(int realisedPercent, decimal expected)
    {
        var share = StateShareCalculator.Calculate(Criteria, realisedPercent, Money.FromEuros(100_000m));
        Assert.Equal(Money.FromEuros(expected), share.Received);
    }

    [Fact]
    public void Transition_without_the_realised_figure_is_refused_not_guessed()
    {
        var error = Assert.Throws<DomainException>(() => StateShareCalculator.Calculate(Criteria, 50m, null));
        Assert.Equal("financing.realised-missing", error.Code);
    }

    private static readonly LiabilityStep[] Steps = [new(101, 200, 10m), new(201, 300, 20m), new(301, null, 30m)];

    [Fact]
    public void Benefit_liability_takes_each_class_at_its_step()
    {
        var classes = new[]
        {
            new PaidInDayClass(1, 100, Money.FromEuros(5_000.00m)),      // before the 101st day: 0
            new PaidInDayClass(101, 200, Money.FromEuros(12_345.67m)),   // 10 % = 1 234,567 → 1 234,57
            new PaidInDayClass(301, null, Money.FromEuros(1_000.05m)),   // 30 % = 300,015 → 300,02
        };

        var parts = BenefitLiabilityRule.Apply(Steps, classes);

        Assert.Equal([0L, 123_457L, 30_002L], parts.Select(p => p.MunicipalShare.Cents));
        Assert.Equal(Money.FromEuros(1_534.59m), BenefitLiabilityRule.Total(Steps, classes));
    }

    [Fact]
    public void A_class_across_two_steps_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            BenefitLiabilityRule.Apply(Steps, [new PaidInDayClass(150, 250, Money.FromEuros(100m))]));
        Assert.Equal("financing.class-straddles-steps", error.Code);
    }

    [Fact]
    public void Net_cost_is_payment_plus_liability_less_state_share_and_compensation()
    {
        var share = StateShareCalculator.Calculate(Criteria, 50m, Money.FromEuros(100_000m)); // 122 615,27
        var input = new NetPositionInput(MunicipalityCode.Parse("020"), "Akaa", Money.FromEuros(50_000m), share,
            Money.FromEuros(1_534.59m), LiabilitySource.Kela, Money.FromEuros(10_000m), 1234m);

        var row = NetPositionCalculator.Row(input);

        // 50 000,00 + 1 534,59 − 122 615,27 − 10 000,00 = −81 080,68; / 1 234 = −65,7055… → −65,71
        Assert.Equal(Money.FromEuros(-81_080.68m), row.NetCost);
        Assert.Equal(Money.FromEuros(-65.71m), row.PerWorkingAgeResident);
    }

    [Fact]
    public void The_table_totals_are_the_sums_of_its_rows()
    {
        var none = StateShareCalculator.Calculate([], 0m, null);
        NetPositionInput Member(string code, decimal pay, decimal compensation, decimal residents) =>
            new(MunicipalityCode.Parse(code), code, Money.FromEuros(pay), none, Money.FromEuros(1m), LiabilitySource.Estimate,
                Money.FromEuros(compensation), residents);

        var table = NetPositionCalculator.Table([Member("002", 100.01m, 0.02m, 3m), Member("001", 200.00m, 50m, 7m)]);

        Assert.Equal(["001", "002"], table.Rows.Select(r => r.Code.Value));
        Assert.Equal(Money.FromEuros(300.01m), table.Payment);
        // 001: 200,00 + 1,00 − 50,00 = 151,00; 002: 100,01 + 1,00 − 0,02 = 100,99 (/ 3 = 33,663… → 33,66)
        Assert.Equal(Money.FromEuros(100.99m), table.Rows[1].NetCost);
        Assert.Equal(Money.FromEuros(33.66m), table.Rows[1].PerWorkingAgeResident);
        Assert.Equal(Money.FromEuros(251.99m), table.NetCost);
        Assert.Equal(Money.FromEuros(25.20m), table.PerWorkingAgeResident); // 251,99 / 10 = 25,199 → 25,20
    }
}

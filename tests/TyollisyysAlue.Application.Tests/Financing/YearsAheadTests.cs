using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Application.Financing.YearsAhead;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Indicators;

namespace TyollisyysAlue.Application.Tests.Financing;

/// <summary>
/// The years ahead of <see cref="FinancingArea"/> (budget year Y: staff 40 000,00 split by working-age 1 000 / 3 000).
/// Assumptions: staff +10 % a year; working-age entered as 2 000 for both members in both plan years → Y+1 44 000,00
/// split 22 000,00 / 22 000,00; Y+2 48 400,00 → 24 200,00 each. With Y+1's parameters (units 10 / 100 / 20 €, no
/// transition) A receives 10×2 000 + 100×100 + 20×50 = 31 000,00 and B 20 000 + 20 000 + 200 = 40 200,00; estimates
/// A 1 200,00, B 5 000,00; compensation 1 000,00 / 3 000,00 → A −8 800,00, B −16 200,00, total −25 000,00.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class YearsAheadTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task Saved_assumptions_project_the_split_and_the_net_position_only_for_years_with_parameters()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        ReservePlanYears();
        await EnterPlanYearAsync(area, area.Year + 1);
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        Assert.IsType<WriteOutcome<YearsAheadForm>.Saved>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(Form(area)));

        var view = await planner.Get<YearsAheadQuery>().LoadAsync(area.Year);

        Assert.Equal([area.Year, area.Year + 1, area.Year + 2], view.Years.Select(y => y.Year));
        var budget = view.Years[0];
        Assert.False(budget.IsProjection);
        Assert.Equal(Money.FromEuros(-18_400m), budget.Net!.NetCost);
        Assert.Equal(1_000m, budget.Indicators[(area.A, Indicator.WorkingAge)]);

        var next = view.Years[1];
        Assert.True(next.IsProjection);
        Assert.Equal(Money.FromEuros(44_000m), next.SharedCost);
        Assert.All(next.Split!.Municipalities, m => Assert.Equal(Money.FromEuros(22_000m), m.Total));
        Assert.Equal(100m, next.Indicators[(area.A, Indicator.BroadUnemployment)]);   // last known
        Assert.Empty(next.Missing);
        Assert.Equal(Money.FromEuros(-8_800m), next.Net!.Rows.Single(r => r.Code == area.A).NetCost);
        Assert.Equal(Money.FromEuros(-16_200m), next.Net.Rows.Single(r => r.Code == area.B).NetCost);
        Assert.Equal(Money.FromEuros(-25_000m), next.Net.NetCost);

        var last = view.Years[2];
        Assert.Equal(Money.FromEuros(48_400m), last.SharedCost);
        Assert.Equal(last.SharedCost, Money.Sum(last.Split!.Municipalities.Select(m => m.Total)));
        Assert.Null(last.Net);
        Assert.Contains(last.Missing, m => m.What == FinancingTexts.ParameterKey(NationalParameterCodes.UnitWorkingAge));
    }

    [Fact]
    public async Task Bad_assumptions_are_field_errors_and_nothing_is_saved()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        var tooMuch = Form(area);
        tooMuch.Growth = [new CategoryGrowth(ExpenseCategory.Staff, 150m)];
        var invalid = Assert.IsType<WriteOutcome<YearsAheadForm>.Invalid>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(tooMuch));
        Assert.Contains(invalid.Errors, e => e.PropertyName == "Growth[0].Percent" && e.ErrorCode == "YearsAhead.GrowthOutOfRange");

        var gap = Form(area);
        gap.Trends = [new IndicatorAssumption(Indicator.WorkingAge, IndicatorTrend.Entered, [new(area.A.Value, area.Year + 1, 2_000m)])];
        invalid = Assert.IsType<WriteOutcome<YearsAheadForm>.Invalid>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(gap));
        var error = Assert.Single(invalid.Errors);
        Assert.Equal("Trends[0].Entered", error.PropertyName);
        Assert.Equal("YearsAhead.EnteredMissing", error.ErrorCode);

        await using var db = fixture.CreateContext(area.AreaId);
        Assert.False(await db.YearsAheadAssumptions.AnyAsync());
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_and_another_area_gets_not_found()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var other = await FinancingArea.CreateAsync(fixture);
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        var saved = Assert.IsType<WriteOutcome<YearsAheadForm>.Saved>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(Form(area)));
        var first = Form(area);
        first.Id = saved.Id;
        first.Version = saved.Version;
        first.Growth = [new CategoryGrowth(ExpenseCategory.Staff, 2m)];
        Assert.IsType<WriteOutcome<YearsAheadForm>.Saved>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(first));
        first.Growth = [new CategoryGrowth(ExpenseCategory.Staff, 3m)];
        Assert.IsType<WriteOutcome<YearsAheadForm>.Conflict>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(first));
        Assert.IsType<WriteOutcome<YearsAheadForm>.Conflict>(await planner.Get<SaveYearsAheadAssumptions>().RunAsync(Form(area)));

        await using var theirs = UseCaseScope.User(fixture, other.AreaId, other.Planner);
        var foreign = Form(area);
        foreign.Id = saved.Id;
        foreign.Version = saved.Version;
        foreign.Trends = [];
        Assert.IsType<WriteOutcome<YearsAheadForm>.Gone>(await theirs.Get<SaveYearsAheadAssumptions>().RunAsync(foreign));
        Assert.Null((await theirs.Get<YearsAheadQuery>().LoadAsync(area.Year)).Assumptions);
        var mine = await planner.Get<YearsAheadQuery>().LoadAsync(area.Year);
        Assert.Equal(2m, Assert.Single(mine.Growth).Percent);
    }

    /// <summary>
    /// National parameters are global: the plan years after this area's budget year are kept from the next test areas
    /// (the database tests run one at a time), so Y+1 has only this test's parameters and Y+2 none.
    /// </summary>
    private static void ReservePlanYears()
    {
        FinancingArea.NewYear();
        FinancingArea.NewYear();
    }

    private static YearsAheadForm Form(FinancingArea area) => new()
    {
        BudgetYear = area.Year,
        Growth = [new CategoryGrowth(ExpenseCategory.Staff, 10m)],
        Trends =
        [
            new IndicatorAssumption(Indicator.WorkingAge, IndicatorTrend.Entered,
                [new(area.A.Value, area.Year + 1, 2_000m), new(area.A.Value, area.Year + 2, 2_000m),
                 new(area.B.Value, area.Year + 1, 2_000m), new(area.B.Value, area.Year + 2, 2_000m)]),
        ],
    };

    /// <summary>The plan year's national parameters (no transition), compensations and the planner's liability estimates.</summary>
    private async Task EnterPlanYearAsync(FinancingArea area, int year)
    {
        await using (var admin = UseCaseScope.User(fixture, null, area.SystemAdmin, systemAdministrator: true))
        {
            foreach (var (code, value) in new[]
            {
                (NationalParameterCodes.UnitWorkingAge, 10m), (NationalParameterCodes.UnitBroadUnemployment, 100m),
                (NationalParameterCodes.UnitForeignLanguage, 20m), (NationalParameterCodes.TransitionRealisedPercent, 0m),
            })
                Assert.IsType<WriteOutcome<NationalParameterForm>.Saved>(await admin.Get<SaveNationalParameter>().RunAsync(
                    new NationalParameterForm { Year = year, Code = code, Value = value, Source = "test", IsDemo = true }));
            foreach (var (code, amount) in new[] { (area.A, 1_000m), (area.B, 3_000m) })
                Assert.IsType<WriteOutcome<FinancingFigureForm>.Saved>(await admin.Get<SaveMunicipalFinancingFigure>().RunAsync(
                    new FinancingFigureForm { Year = year, MunicipalityCode = code.Value, Kind = FinancingFigureKind.Compensation, Amount = amount, Source = "TEM test" }));
        }
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        foreach (var (code, amount) in new[] { (area.A, 1_200m), (area.B, 5_000m) })
            Assert.IsType<WriteOutcome<BenefitEstimateForm>.Saved>(await planner.Get<SaveBenefitLiabilityEstimate>().RunAsync(
                new BenefitEstimateForm { Year = year, MunicipalityCode = code.Value, Amount = amount, Basis = "arvio" }));
    }
}

using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Financing;

namespace TyollisyysAlue.Application.Tests.Financing;

[Collection(DatabaseCollection.Name)]
public class NetPositionQueryTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_net_position_of_each_member_adds_up_as_worked_out_by_hand()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);

        var view = await committee.Get<NetPositionQuery>().LoadAsync(area.Year);

        Assert.Empty(view.Missing);
        var table = view.Table!;
        var a = table.Rows.Single(r => r.Code == area.A);
        var b = table.Rows.Single(r => r.Code == area.B);
        // A: pays 10 000,00; computed state share 1 000×10 + 100×100 + 50×20 = 21 000,00, mixed 50/50 with 30 000,00 = 25 500,00;
        // Kela 12 × 100,00 = 1 200,00; compensation 1 000,00 → 10 000 + 1 200 − 25 500 − 1 000 = −15 300,00 (−15,30 € per resident)
        Assert.Equal(Money.FromEuros(10_000m), a.Input.Payment);
        Assert.Equal(Money.FromEuros(21_000m), a.Input.StateShare.Calculated);
        Assert.Equal(Money.FromEuros(25_500m), a.Input.StateShare.Received);
        Assert.Equal(Money.FromEuros(1_200m), a.Input.BenefitLiability);
        Assert.Equal(LiabilitySource.Kela, a.Input.LiabilitySource);
        Assert.Equal(Money.FromEuros(-15_300m), a.NetCost);
        Assert.Equal(Money.FromEuros(-15.30m), a.PerWorkingAgeResident);
        // B: 30 000,00 + estimate 5 000,00 − (20 000 + 50 200)/2 = 35 100,00 − 3 000,00 = −3 100,00 (−1,033… → −1,03)
        Assert.Equal(LiabilitySource.Estimate, b.Input.LiabilitySource);
        Assert.Equal(Money.FromEuros(-3_100m), b.NetCost);
        Assert.Equal(Money.FromEuros(-1.03m), b.PerWorkingAgeResident);
        Assert.Equal(Money.FromEuros(-18_400m), table.NetCost);
        Assert.Equal(Money.FromEuros(-4.60m), table.PerWorkingAgeResident);
        Assert.True(view.UsesDemo); // the test's parameters were entered as demo
    }

    [Fact]
    public async Task Missing_parameters_are_named_with_their_publisher_and_nothing_is_guessed()
    {
        var area = await FinancingArea.CreateAsync(fixture, withParameters: false);
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);

        var view = await committee.Get<NetPositionQuery>().LoadAsync(area.Year);

        Assert.Null(view.Table);
        Assert.Contains(view.Missing, m => m.What == FinancingTexts.ParameterKey(NationalParameterCodes.UnitWorkingAge) && m.PublisherKey == NationalParameterCodes.PublisherFinanceMinistry);
        Assert.Contains(view.Missing, m => m.What == FinancingTexts.ParameterKey(NationalParameterCodes.TransitionRealisedPercent));
        Assert.Contains(view.Missing, m => m.What == "Financing.Missing.Compensation" && m.Municipality is not null);

        var year = await committee.Get<NationalParametersQuery>().ForYearAsync(area.Year);
        Assert.Equal(NationalParameterCodes.All.Count + 2, year.Missing.Count); // every parameter, the steps, the compensations
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_nothing_is_saved()
    {
        var area = await FinancingArea.CreateAsync(fixture, withParameters: false);
        await using var admin = UseCaseScope.User(fixture, null, area.SystemAdmin, systemAdministrator: true);
        var negative = await admin.Get<SaveNationalParameter>().RunAsync(new NationalParameterForm
            { Year = area.Year, Code = NationalParameterCodes.UnitWorkingAge, Value = -1m, Source = "x" });
        Assert.Contains(Assert.IsType<WriteOutcome<NationalParameterForm>.Invalid>(negative).Errors, e => e.ErrorCode == "Financing.NotNegative");
        var unknown = await admin.Get<SaveNationalParameter>().RunAsync(new NationalParameterForm { Year = area.Year, Code = "no-such", Value = 1m, Source = "x" });
        Assert.Contains(Assert.IsType<WriteOutcome<NationalParameterForm>.Invalid>(unknown).Errors, e => e.ErrorCode == "Financing.UnknownParameter");
        var percent = await admin.Get<SaveNationalParameter>().RunAsync(new NationalParameterForm
            { Year = area.Year, Code = NationalParameterCodes.TransitionRealisedPercent, Value = 101m, Source = "x" });
        Assert.Contains(Assert.IsType<WriteOutcome<NationalParameterForm>.Invalid>(percent).Errors, e => e.ErrorCode == "Financing.PercentRange");
        var overlap = await admin.Get<SaveBenefitLiabilitySteps>().RunAsync(new BenefitStepsForm
        {
            Year = area.Year, Source = "Laki 555/1998",
            Steps = [new StepForm { FromDay = 101, ToDay = 200, MunicipalPercent = 10m }, new StepForm { FromDay = 150, MunicipalPercent = 20m }],
        });
        Assert.Contains(Assert.IsType<WriteOutcome<BenefitStepsForm>.Invalid>(overlap).Errors, e => e.ErrorCode == "Financing.StepsOverlap");
        var figure = await admin.Get<SaveMunicipalFinancingFigure>().RunAsync(new FinancingFigureForm { Year = area.Year, MunicipalityCode = "000", Amount = 1m, Source = "x" });
        Assert.Contains(Assert.IsType<WriteOutcome<FinancingFigureForm>.Invalid>(figure).Errors, e => e.ErrorCode == "Financing.UnknownMunicipality");

        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        var estimate = await planner.Get<SaveBenefitLiabilityEstimate>().RunAsync(new BenefitEstimateForm { Year = area.Year, MunicipalityCode = area.A.Value, Amount = -5m, Basis = "x" });
        Assert.Contains(Assert.IsType<WriteOutcome<BenefitEstimateForm>.Invalid>(estimate).Errors, e => e.ErrorCode == "Financing.NotNegative");

        var year = await planner.Get<NationalParametersQuery>().ForYearAsync(area.Year);
        Assert.Empty(year.Parameters);
        Assert.Empty(year.Steps);
    }

    [Fact]
    public async Task Only_the_system_administrator_enters_national_parameters_and_only_planners_estimates()
    {
        var area = await FinancingArea.CreateAsync(fixture, withParameters: false);
        await using var planner = UseCaseScope.User(fixture, area.AreaId, area.Planner);
        Assert.IsType<WriteOutcome<NationalParameterForm>.Forbidden>(await planner.Get<SaveNationalParameter>().RunAsync(new NationalParameterForm
            { Year = area.Year, Code = NationalParameterCodes.UnitWorkingAge, Value = 1m, Source = "x" }));
        await using var committee = UseCaseScope.User(fixture, area.AreaId, area.Committee);
        Assert.IsType<WriteOutcome<BenefitEstimateForm>.Forbidden>(await committee.Get<SaveBenefitLiabilityEstimate>().RunAsync(
            new BenefitEstimateForm { Year = area.Year, MunicipalityCode = area.A.Value, Amount = 1m, Basis = "x" }));
    }

    [Fact]
    public async Task Another_area_sees_none_of_the_area_s_estimates_and_cannot_write_them()
    {
        var area = await FinancingArea.CreateAsync(fixture);
        var other = await FinancingArea.CreateAsync(fixture, withParameters: false);
        await using var outsider = UseCaseScope.User(fixture, other.AreaId, other.Planner);

        var view = await outsider.Get<NetPositionQuery>().LoadAsync(area.Year);
        Assert.DoesNotContain(view.Members, m => m.Code == area.A || m.Code == area.B);
        Assert.DoesNotContain(view.Liabilities.Keys, c => c == area.B);
        // B is not a member of the outsider's area: refused, and area's own estimate is untouched.
        var write = await outsider.Get<SaveBenefitLiabilityEstimate>().RunAsync(new BenefitEstimateForm { Year = area.Year, MunicipalityCode = area.B.Value, Amount = 1m, Basis = "x" });
        Assert.IsType<WriteOutcome<BenefitEstimateForm>.Invalid>(write);
        await using var own = UseCaseScope.User(fixture, area.AreaId, area.Committee);
        var table = (await own.Get<NetPositionQuery>().LoadAsync(area.Year)).Table!;
        Assert.Equal(Money.FromEuros(5_000m), table.Rows.Single(r => r.Code == area.B).Input.BenefitLiability);
    }
}

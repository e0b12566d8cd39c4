using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Financing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.Financing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests.Financing;

/// <summary>
/// A two-member test area with everything the net position needs for a year of its own (national parameters are
/// global, so each test takes a year no other test uses): A has 1 000 residents 18–64, 100 broadly unemployed,
/// 50 foreign-language; B 3 000 / 200 / 10. Key: working-age 100 %. Shared cost 40 000,00 € → A 10 000,00, B 30 000,00.
/// Unit prices (test values) 10 € / 100 € / 20 €; realised 50 %: A realised 30 000,00, B 20 000,00.
/// A: Kela 12 × 100,00; B: the planner's estimate 5 000,00. Compensation A 1 000,00, B 3 000,00.
/// </summary>
internal sealed class FinancingArea
{
    private static int _nextYear = 2300;

    public required Guid AreaId { get; init; }
    public required int Year { get; init; }
    public required MunicipalityCode A { get; init; }
    public required MunicipalityCode B { get; init; }
    public required Guid Planner { get; init; }
    public required Guid Committee { get; init; }
    public required Guid SystemAdmin { get; init; }

    public static int NewYear() => Interlocked.Increment(ref _nextYear);

    public static async Task<FinancingArea> CreateAsync(DatabaseFixture fixture, bool withParameters = true)
    {
        await fixture.EnsureIndicatorsAsync();
        var year = NewYear();
        var a = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var b = MunicipalityCode.Parse(await fixture.NewMunicipalityAsync());
        var (area, _) = await fixture.CreateAreaAsync(a.Value);
        await using (var db = fixture.CreateContext(area))
        {
            db.Memberships.Add(new Membership(Guid.NewGuid(), area, b, new DateOnly(2025, 1, 1), null, "Päätös"));
            foreach (var (code, residents, unemployed, foreign, labour) in new[] { (a, 1_000m, 100m, 50m, 8_000m), (b, 3_000m, 200m, 10m, 15_000m) })
            {
                var end = new DateOnly(year - 1, 12, 31);
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.WorkingAge, code, end, residents, "test", false));
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.ForeignLanguage, code, end, foreign, "test", false));
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.LabourForce, code, end, labour, "test", false));
                foreach (var term in Infrastructure.Seeding.IndicatorRegister.BroadUnemploymentFormula.Split(" + "))
                    for (var month = 1; month <= 12; month++)
                        db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, term, code, new DateOnly(year - 1, month, 1),
                            term == Indicator.UnemployedJobseekers ? unemployed : 0m, "test", false));
            }
            for (var month = 1; month <= 12; month++)
                db.IndicatorValues.Add(new IndicatorValue(Guid.NewGuid(), area, Indicator.BenefitLiability, a, new DateOnly(year, month, 1), 100m, "Kela", false));
            var key = new AllocationKey(Guid.NewGuid(), area, year, "Jakoperuste", isMain: true);
            db.AllocationKeys.Add(key);
            db.KeyCriteria.AddRange(key.SetCriteria([(Indicator.WorkingAge, 100m, IndicatorReference.EndOfPreviousYear(year))]));
            var budget = new Budget(Guid.NewGuid(), area, year);
            db.Budgets.Add(budget);
            db.BudgetLines.Add(new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 40_000m) { ExpenseCategory = ExpenseCategory.Staff });
            await db.SaveChangesAsync();
        }
        var result = new FinancingArea
        {
            AreaId = area, Year = year, A = a, B = b,
            Planner = await fixture.CreateUserAsync(area, AreaRole.Planner),
            Committee = await fixture.CreateUserAsync(area, AreaRole.CommitteeMember),
            SystemAdmin = await SystemAdminAsync(fixture),
        };
        await using (var planner = UseCaseScope.User(fixture, area, result.Planner))
            Assert.IsType<WriteOutcome<BenefitEstimateForm>.Saved>(await planner.Get<SaveBenefitLiabilityEstimate>().RunAsync(
                new BenefitEstimateForm { Year = year, MunicipalityCode = b.Value, Amount = 5_000m, Basis = "maksupäivät 2024" }));
        if (withParameters) await result.EnterParametersAsync(fixture);
        return result;
    }

    public async Task EnterParametersAsync(DatabaseFixture fixture)
    {
        await using var admin = UseCaseScope.User(fixture, null, SystemAdmin, systemAdministrator: true);
        foreach (var (code, value) in new[]
        {
            (NationalParameterCodes.UnitWorkingAge, 10m), (NationalParameterCodes.UnitBroadUnemployment, 100m),
            (NationalParameterCodes.UnitForeignLanguage, 20m), (NationalParameterCodes.TransitionRealisedPercent, 50m),
        })
            Assert.IsType<WriteOutcome<NationalParameterForm>.Saved>(await admin.Get<SaveNationalParameter>().RunAsync(
                new NationalParameterForm { Year = Year, Code = code, Value = value, Source = "test", IsDemo = true }));
        foreach (var (code, kind, amount) in new[]
        {
            (A, FinancingFigureKind.Compensation, 1_000m), (B, FinancingFigureKind.Compensation, 3_000m),
            (A, FinancingFigureKind.RealisedStateShare, 30_000m), (B, FinancingFigureKind.RealisedStateShare, 20_000m),
        })
            Assert.IsType<WriteOutcome<FinancingFigureForm>.Saved>(await admin.Get<SaveMunicipalFinancingFigure>().RunAsync(
                new FinancingFigureForm { Year = Year, MunicipalityCode = code.Value, Kind = kind, Amount = amount, Source = "TEM test" }));
    }

    private static async Task<Guid> SystemAdminAsync(DatabaseFixture fixture)
    {
        var id = Guid.NewGuid();
        await using var db = fixture.CreateContext(null);
        db.Users.Add(new Infrastructure.Identity.ApplicationUser
        {
            Id = id, UserName = $"{id}@example.fi", Email = $"{id}@example.fi", DisplayName = "Sys", IsSystemAdministrator = true,
        });
        await db.SaveChangesAsync();
        return id;
    }
}

using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>A line's monthly profile on PostgreSQL: saved through the write pipeline, used by the follow-up to the cent.</summary>
[Collection(DatabaseCollection.Name)]
public class LineProfileTests(DatabaseFixture fixture)
{
    private static List<decimal?> Twelve(params decimal[] months) => months.Select(m => (decimal?)m).ToList();

    [Fact]
    public async Task A_weight_profile_sets_the_monthly_budget_to_the_cent_and_even_returns_the_spread()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var save = planner.Get<SaveLineProfile>();
        // Summer lighter: July a half, the rest one each (120 000 € over 11,5 shares).
        var saved = Assert.IsType<WriteOutcome<LineProfileForm>.Saved>(await save.RunAsync(new LineProfileForm
        {
            BudgetLineId = area.Staff, Kind = ProfileKind.Weights, Months = Twelve(1, 1, 1, 1, 1, 1, 0.5m, 1, 1, 1, 1, 1),
        }));

        var staff = (await planner.Get<FollowUpQuery>().LoadAsync(area.Year, 3)).Lines.Single(l => l.LineId == area.Staff);
        Assert.Equal(120_000m, staff.MonthBudget.Sum());
        Assert.Equal(5_217.39m, staff.MonthBudget[6]);
        Assert.Equal(10_434.79m * 3, staff.BudgetToDate);
        Assert.Equal(ProfileKind.Weights, staff.Profile?.Kind);
        Assert.Equal(0.5m, staff.Profile!.Months[6]);

        // Back to the even spread (the stale version is refused first).
        Assert.IsType<WriteOutcome<LineProfileForm>.Conflict>(await save.RunAsync(new LineProfileForm { BudgetLineId = area.Staff, Version = saved.Version + 1 }));
        Assert.True((await save.RunAsync(new LineProfileForm { BudgetLineId = area.Staff, Version = staff.Profile.Version })).IsSaved);
        var even = (await planner.Get<FollowUpQuery>().LoadAsync(area.Year)).Lines.Single(l => l.LineId == area.Staff);
        Assert.Null(even.Profile);
        Assert.All(even.MonthBudget, m => Assert.Equal(10_000m, m));
    }

    [Fact]
    public async Task Amounts_must_add_up_to_the_planned_amount_and_bad_months_are_refused_with_nothing_saved()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var save = planner.Get<SaveLineProfile>();

        var short1 = Assert.IsType<WriteOutcome<LineProfileForm>.Invalid>(await save.RunAsync(new LineProfileForm
        {
            BudgetLineId = area.Purchases, Kind = ProfileKind.Amounts, Months = Twelve(5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000, 4_999.99m),
        }));
        Assert.Equal("FollowUp.ProfileSum", short1.Errors.Single().ErrorCode);

        var bad = Assert.IsType<WriteOutcome<LineProfileForm>.Invalid>(await save.RunAsync(new LineProfileForm
        {
            BudgetLineId = area.Purchases, Kind = ProfileKind.Weights, Months = [1, -1, 0.001m, null, 1, 1, 1, 1, 1, 1, 1, 1],
        }));
        Assert.Equal(["FollowUp.ProfileNegative", "FollowUp.Cents", "FollowUp.ProfileMonthMissing"], bad.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["Months[1]", "Months[2]", "Months[3]"], bad.Errors.Select(e => e.PropertyName));
        var zero = Assert.IsType<WriteOutcome<LineProfileForm>.Invalid>(await save.RunAsync(new LineProfileForm
        {
            BudgetLineId = area.Purchases, Kind = ProfileKind.Weights, Months = Twelve(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        }));
        Assert.Equal("FollowUp.ProfileEmpty", zero.Errors.Single().ErrorCode);
        await using (var db = fixture.CreateContext(area.Id)) Assert.Equal(0, await db.LineProfiles.CountAsync());

        // Exactly the planned 60 000 €, with the odd cents where the planner put them; the income line likewise.
        var amounts = Twelve(0, 0, 10_000.01m, 9_999.99m, 5_000, 5_000, 0, 5_000, 5_000, 5_000, 5_000, 10_000);
        Assert.True((await save.RunAsync(new LineProfileForm { BudgetLineId = area.Purchases, Kind = ProfileKind.Amounts, Months = amounts })).IsSaved);
        Assert.True((await save.RunAsync(new LineProfileForm { BudgetLineId = area.Income, Kind = ProfileKind.Amounts, Months = Twelve(0, 0, 0, 0, 0, 12_000, 0, 0, 0, 0, 0, 12_000) })).IsSaved);
        var report = await planner.Get<FollowUpQuery>().LoadAsync(area.Year, 6);
        var purchases = report.Lines.Single(l => l.LineId == area.Purchases);
        Assert.Equal(amounts.Select(a => a!.Value), purchases.MonthBudget);
        Assert.Equal(30_000m, purchases.BudgetToDate);
        Assert.Equal(12_000m, report.Lines.Single(l => l.LineId == area.Income).BudgetToDate);
        // Every line's months add up to its planned amount, and the lines to the budget.
        Assert.All(report.Lines, l => Assert.Equal(l.Planned, l.MonthBudget.Sum()));
    }

    [Fact]
    public async Task Another_areas_planner_cannot_profile_a_line_and_a_viewer_may_not_write()
    {
        var a = await LedgerArea.CreateAsync(fixture);
        var b = await LedgerArea.CreateAsync(fixture);
        var form = new LineProfileForm { BudgetLineId = a.Staff, Kind = ProfileKind.Weights, Months = Twelve(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) };

        await using var plannerB = UseCaseScope.User(fixture, b.Id, b.Planner);
        Assert.IsType<WriteOutcome<LineProfileForm>.Gone>(await plannerB.Get<SaveLineProfile>().RunAsync(form));
        Assert.DoesNotContain((await plannerB.Get<FollowUpQuery>().LoadAsync(a.Year)).Lines, l => l.LineId == a.Staff);

        var viewer = await fixture.CreateUserAsync(a.Id, AreaRole.Viewer);
        await using var viewerA = UseCaseScope.User(fixture, a.Id, viewer);
        Assert.IsType<WriteOutcome<LineProfileForm>.Forbidden>(await viewerA.Get<SaveLineProfile>().RunAsync(form));
        await using var db = fixture.CreateContext(a.Id);
        Assert.Equal(0, await db.LineProfiles.CountAsync());
    }
}

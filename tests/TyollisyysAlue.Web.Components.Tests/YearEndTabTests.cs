using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Web.Components.Pages.Budget;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The reconciliation offers the shared cost computed from actuals; another figure needs a reason and is traced.</summary>
public class YearEndTabTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    [Fact]
    public async Task The_figure_from_actuals_is_offered_and_an_override_without_a_reason_is_refused_then_traced()
    {
        var (area, _) = await EnterNewAreaAsPlannerAsync();
        await using (var db = Database.CreateContext(area))
        {
            db.AllocationKeys.Add(new AllocationKey(Guid.NewGuid(), area, 2025, "Jakoperuste", isMain: true));
            var budget = new Budget(Guid.NewGuid(), area, 2025);
            var staff = new BudgetLineItem(Guid.NewGuid(), area, budget.Id, 0, BudgetLineKind.Expense, "Henkilöstö", 1_000m) { ExpenseCategory = ExpenseCategory.Staff };
            var import = new LedgerImport(Guid.NewGuid(), area, 2025, [12], "paakirja.csv", new string('b', 64), "planner", DateTimeOffset.UtcNow, 1, 900.50m);
            db.Budgets.Add(budget);
            db.BudgetLines.Add(staff);
            db.LedgerImports.Add(import);
            db.LedgerEntries.Add(new LedgerEntry(Guid.NewGuid(), area, import.Id, staff.Id, 2025, 12, 1, "4000", "100", null, null, 900.50m));
            await db.SaveChangesAsync();
        }
        var split = (await Services.GetRequiredService<YearSplitQuery>().LoadAsync(2025))!;
        RenderProviders();
        var tab = Render<YearEndTab>(ps => ps.Add(p => p.Split, split).Add(p => p.CanEdit, true).Add(p => p.AreaSlug, "alue"));

        await tab.WaitForAssertionAsync(() => Assert.Contains("900,50 €", tab.Find("[data-testid=from-actuals]").TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal));
        tab.Find("input[data-testid=actual-shared]").Change("1000");
        tab.Find("form").Submit();
        await tab.WaitForAssertionAsync(() => Assert.Contains(Text("Validation.OverrideReasonRequired"), tab.Markup, StringComparison.Ordinal));
        await using (var db = Database.CreateContext(area)) Assert.False(await db.Reconciliations.AnyAsync());

        tab.Find("input[data-testid=override-reason]").Change("Tammikuun lasku kuuluu vuodelle");
        tab.Find("form").Submit();
        await tab.WaitForAssertionAsync(() => Assert.Contains("Tammikuun lasku kuuluu vuodelle", tab.Find("[data-testid=cost-trace]").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(20));
        Assert.DoesNotContain("@", tab.Find("[data-testid=cost-trace]").TextContent, StringComparison.Ordinal); // a name, not a sign-in address
        await using var read = Database.CreateContext(area);
        var record = await read.Reconciliations.SingleAsync();
        Assert.Equal((ActualCostSource.Overridden, 1_000m, 900.50m), (record.CostSource, record.ActualSharedCost, record.ComputedFromActuals));
    }
}

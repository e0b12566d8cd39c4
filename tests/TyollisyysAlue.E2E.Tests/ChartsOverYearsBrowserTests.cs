using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 12, charts over several years: on a phone, with the data table and downloads, and axe clean.</summary>
public sealed class ChartsOverYearsBrowserTests(AppFixture app) : BrowserTest(app)
{
    private async Task AssertFitsThePhoneAsync()
    {
        var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide at 390 px");
    }

    [Fact]
    public async Task Committee_member_reads_each_members_payment_by_year_on_a_phone()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Vuodet" }).ClickAsync();

        var section = Page.GetByTestId("split-years");
        await Expect(section.GetByTestId("split-years-chart").Locator("svg").First).ToBeVisibleAsync();
        await section.GetByTestId("chart-table-toggle").ClickAsync();
        var table = section.GetByTestId("chart-table");
        await Expect(table).ToContainTextAsync("Loviisa");
        await Expect(table.Locator("tbody tr").First).ToContainTextAsync("2025");
        await Expect(table).ToContainTextAsync("€");
        var svg = await Page.RunAndWaitForDownloadAsync(() => section.GetByTestId("chart-svg").ClickAsync());
        Assert.Matches(@"-porvoo-\d{4}-\d{4}\.svg$", svg.SuggestedFilename);
        await AssertFitsThePhoneAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }

    [Fact]
    public async Task Administrator_reads_budget_against_actual_by_year_on_a_phone()
    {
        // A closed 2025 with one booking in December on a Lahti expense line (no other test follows Lahti up).
        await using (var scope = await App.Services.AsAsync(DemoAreas.Lahti, "admin.lahti@example.fi"))
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
            // Lahti's demo data has no 2025 expense line: the test adds one (and the year's budget when there is none).
            var budget = await db.Budgets.FirstOrDefaultAsync(b => b.Year == 2025);
            if (budget is null) db.Budgets.Add(budget = new Domain.Budgets.Budget(Guid.NewGuid(), DemoAreas.Lahti, 2025));
            var line = new BudgetLineItem(Guid.NewGuid(), DemoAreas.Lahti, budget.Id, 99, BudgetLineKind.Expense, "Vuosikuvan testirivi", 1_500_000m)
                { ExpenseCategory = ExpenseCategory.Other };
            db.BudgetLines.Add(line);
            var import = new LedgerImport(Guid.NewGuid(), DemoAreas.Lahti, 2025, [12], "paakirja-2025.csv", new string('c', 64), "admin.lahti@example.fi",
                DateTimeOffset.UtcNow, 1, 1_234_567.89m);
            db.LedgerImports.Add(import);
            db.LedgerEntries.Add(new LedgerEntry(Guid.NewGuid(), DemoAreas.Lahti, import.Id, line.Id, 2025, 12, 1, "4000", "100", null, null, 1_234_567.89m));
            await db.SaveChangesAsync();
        }
        await Page.SetViewportSizeAsync(390, 844);
        await SignInPage.SignInAsync(Page, "admin.lahti@example.fi");
        await Page.GotoAsync("/areas/lahti/follow-up?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Vuodet" }).ClickAsync();

        var section = Page.GetByTestId("budget-actual-years");
        await Expect(section.GetByTestId("budget-actual-years-chart").Locator("svg").First).ToBeVisibleAsync();
        await section.GetByTestId("chart-table-toggle").ClickAsync();
        await Expect(section.GetByTestId("chart-table")).ToContainTextAsync("1 234 567,89 €");
        await AssertFitsThePhoneAsync();
        await Axe.AssertNoViolationsAsync(Page);
    }
}

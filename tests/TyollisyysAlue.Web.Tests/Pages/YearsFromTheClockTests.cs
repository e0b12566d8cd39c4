using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>
/// Budget years come from the clock, not from code: with the app's clock in 2031 (years after the demo data) the
/// budget and services pages open on 2031 and offer it, and that year's key and budget can be made.
/// An app of its own, because the whole app runs on the moved clock.
/// </summary>
public class YearsFromTheClockTests
{
    private static readonly DateTimeOffset In2031 = new(2031, 3, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task In_2031_the_budget_and_services_pages_open_on_2031_and_its_key_and_budget_can_be_made()
    {
        await using var database = await TestDatabase.StartAsync();
        await using var factory = new ClockAppFactory(database, new FixedClock(In2031));
        using var client = await SignIn.ClientForAsync(factory, "planner.porvoo@example.fi");

        var before = await client.GetStringAsync("/areas/porvoo/budget");
        Assert.Equal("2031", SelectedYear(before, "year-select"));
        Assert.Contains("Vuodelle 2031 ei ole jakoperustetta.", before, StringComparison.Ordinal);
        Assert.Contains("Luo jakoperuste vuodelle 2031", before, StringComparison.Ordinal);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var planner = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>()
                .FindByEmailAsync("planner.porvoo@example.fi");
            var area = scope.ServiceProvider.GetRequiredService<AreaContext>();
            area.SetUser(planner!.Id, "planner.porvoo@example.fi");
            area.EnterArea(DemoAreas.Porvoo, [AreaRole.Planner]);
            var key = new KeyForm
            {
                Year = 2031,
                Name = "Jakoperuste 2031",
                Criteria = [new CriterionForm { IndicatorCode = Indicator.Population, WeightPercent = 100m, ReferenceDate = new DateTime(2029, 12, 31) }],
            };
            Assert.IsType<WriteOutcome<KeyForm>.Saved>(await scope.ServiceProvider.GetRequiredService<SaveKey>().RunAsync(key));
            var line = new BudgetLineForm { Year = 2031, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.Staff, Label = "Henkilöstö 2031", Amount = 1_000_000m };
            Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(await scope.ServiceProvider.GetRequiredService<SaveBudgetLine>().RunAsync(line));
            Assert.Equal(2031, (await scope.ServiceProvider.GetRequiredService<BudgetLinesQuery>().LoadAsync(2031)).Budget?.Year);
            Assert.Equal([2025, 2031], (await scope.ServiceProvider.GetRequiredService<YearSplitQuery>().YearsAsync()).Order());
        }

        var after = await client.GetStringAsync("/areas/porvoo/budget");
        Assert.Equal("2031", SelectedYear(after, "year-select"));
        Assert.DoesNotContain("data-testid=\"no-key\"", after, StringComparison.Ordinal);
        // The year's budget is the shared cost; the split itself waits for population figures of 31.12.2029.
        Assert.Contains("1 000 000,00 €", WebUtility.HtmlDecode(after).Replace('\u00A0', ' ').Replace('\u202F', ' '), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"split-problems\"", after, StringComparison.Ordinal);

        var services = await client.GetStringAsync("/areas/porvoo/services");
        Assert.Equal("2031", SelectedYear(services, "services-year"));
        Assert.Contains("Alueen palvelut 2031", services, StringComparison.Ordinal);
        using var export = await client.GetAsync("/areas/porvoo/services/2031/export.xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
    }

    [Fact]
    public void The_years_offered_are_those_with_data_the_current_and_the_next_one()
    {
        var clock = new FixedClock(In2031);
        Assert.Equal(2031, BudgetYears.Current(clock));
        Assert.Equal([2025, 2031, 2032], BudgetYears.Offered([2025, 2025], clock));
        Assert.Equal([2031, 2032], BudgetYears.Offered([], clock));
        // The new year starts at midnight in Finland, not in UTC.
        Assert.Equal(2032, BudgetYears.Current(new FixedClock(new DateTimeOffset(2031, 12, 31, 22, 30, 0, TimeSpan.Zero))));
    }

    /// <summary>The year the prerendered MudSelect shows (the text of its combobox).</summary>
    private static string SelectedYear(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\"[^>]*>([0-9]{{4}})<").Groups[1].Value;

    private sealed class ClockAppFactory(TestDatabase database, TimeProvider clock) : AppFactory(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.CircuitLoad;
using TyollisyysAlue.CircuitLoad.Browser;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;
using Xunit.Abstractions;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// The circuit load generator (bench/TyollisyysAlue.CircuitLoad, issue 17) run in-process against the suite's app with
/// the browser driver: two users do one round of the whole scenario. Pohjanmaa's 2025 budget and a plan draft of its
/// own, which no other browser test edits or checks.
/// </summary>
public sealed class CircuitLoadSmokeTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    private const string Admin = "admin.pohjanmaa@example.fi";

    [Fact]
    public async Task Two_browser_users_do_every_action_without_errors_and_their_budget_lines_are_saved()
    {
        await StartPlanDraftAsync();
        await AddBudgetLinesAsync(users: 2);
        var options = new RunOptions
        {
            Url = App.BaseAddress, Users = 2, RampSeconds = 1, Seconds = 240, ThinkSeconds = 0.2, Rounds = 1, Seed = 17,
        };
        var accounts = new[] { new CircuitUserProfile(Admin, DemoUsers.Password, "pohjanmaa", 2025) };

        await using var users = await CircuitUsers.StartAsync(DriverKind.Browser, App.BaseAddress);
        var run = await new LoadRunner(options, accounts, users.Create).RunAsync(CancellationToken.None);
        var report = new StringWriter();
        Report.Print(run, ["(smoke test)"], report);
        output.WriteLine(report.ToString());

        Assert.Equal(0, run.Actions.Errors);
        foreach (var (name, kind) in Scenario.Loop.Prepend((Scenario.SignIn, ActionKind.Navigation)))
        {
            Assert.True(run.Actions.Actions.TryGetValue(name, out var tally), $"'{name}' was not recorded");
            Assert.Equal(kind, tally.Kind);
            Assert.Equal(2, tally.Count);
        }
        Assert.All(run.Users, user => Assert.Equal(1, user.Rounds));
        // The suite's app does not allow the forced GC (off by default): the run goes on and its report says so.
        var server = Assert.Single(run.Servers);
        Assert.Null(server.Baseline);
        Assert.Contains(run.Problems, p => p.Contains("/diagnostics/gc", StringComparison.Ordinal));
        Assert.Contains(server.Samples, s => s.SignalRConnections >= 2);
        // One server without Hosting:NodeName: no node is named, so the report has no per-node table.
        Assert.Empty(run.Actions.Nodes);
        Assert.DoesNotContain("Per node", report.ToString(), StringComparison.Ordinal);

        await using var scope = await App.Services.AsAsync(DemoAreas.Pohjanmaa, Admin);
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        foreach (var user in run.Users)
        {
            var label = BrowserCircuitUser.LineLabelOf(user.Index);
            var saved = await db.BudgetLines.Where(l => l.Label == label).Select(l => l.Amount).ToListAsync();
            Assert.Equal([user.LastSavedAmount!.Value], saved);
        }
    }

    /// <summary>
    /// Pohjanmaa's demo data has a 2025 key but no budget, so there is no split until a line exists: each user's line is
    /// added here (the driver adds it itself when it is missing, but the split comes before the edit in the scenario).
    /// </summary>
    private async Task AddBudgetLinesAsync(int users)
    {
        await using var scope = await App.Services.AsAsync(DemoAreas.Pohjanmaa, Admin);
        await using var db = await scope.ServiceProvider.GetRequiredService<IAppDbContextFactory>().CreateAsync();
        for (var index = 0; index < users; index++)
        {
            var label = BrowserCircuitUser.LineLabelOf(index);
            if (await db.BudgetLines.AnyAsync(l => l.Label == label)) continue;
            var outcome = await scope.ServiceProvider.GetRequiredService<SaveBudgetLine>().RunAsync(new BudgetLineForm
            {
                Year = 2025, Kind = BudgetLineKind.Expense, ExpenseCategory = ExpenseCategory.OperatingCosts, Label = label, Amount = 1000m,
            });
            Assert.IsType<WriteOutcome<BudgetLineForm>.Saved>(outcome);
        }
    }

    /// <summary>A Finnish draft of Pohjanmaa's plan (six statutory sections) for the users to type in, once per run of the suite.</summary>
    private async Task StartPlanDraftAsync()
    {
        await using var scope = await App.Services.AsAsync(DemoAreas.Pohjanmaa, Admin);
        var outcome = await scope.ServiceProvider.GetRequiredService<StartVersion>().RunAsync(new NewVersionForm
        {
            Label = "Kuormitustesti", Title = "Järjestämissuunnitelma (kuormitustesti)", VersionDate = DateTime.Today, Language = "fi",
        });
        Assert.True(outcome is WriteOutcome<NewVersionForm>.Saved || outcome is WriteOutcome<NewVersionForm>.Invalid { Errors: [{ ErrorCode: PlanErrors.OpenVersionExists }] },
            outcome.ToString());
    }
}

/// <summary>The load generator's options are bounded and loopback only: refused, never clamped.</summary>
public sealed class CircuitLoadOptionsTests
{
    [Theory]
    [InlineData("--url", "http://192.0.2.10:5080")]
    [InlineData("--users", "301")]
    [InlineData("--users", "0")]
    [InlineData("--seconds", "3601")]
    [InlineData("--think-seconds", "-1")]
    [InlineData("--driver", "firefox")]
    [InlineData("--mode", "busy")]
    [InlineData("--unknown", "1")]
    public void Out_of_range_or_remote_options_are_refused(string option, string value)
    {
        var (options, error) = RunOptions.Parse([option, value]);
        Assert.Null(options);
        Assert.Contains(option == "--url" ? "192.0.2.10" : option, error, StringComparison.Ordinal); // an address is named by its host
    }

    [Fact]
    public void Defaults_and_a_headless_run_of_thousands_are_accepted()
    {
        var (defaults, _) = RunOptions.Parse([]);
        Assert.Equal((10, 10.0, LoadMode.Active, DriverKind.Browser), (defaults!.Users, defaults.ThinkSeconds, defaults.Mode, defaults.Driver));
        var (headless, error) = RunOptions.Parse(["--driver", "headless", "--users", "3000", "--mode", "idle", "--url", "http://localhost:5080"]);
        Assert.Null(error);
        Assert.Equal(3000, headless!.Users);
    }

    [Fact]
    public void The_accounts_file_is_email_password_area_year()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["email,password,area,year", "bench.0001@example.fi,Bench-salasana-1,kuopio,2024"]);
            Assert.Equal([new CircuitUserProfile("bench.0001@example.fi", "Bench-salasana-1", "kuopio", 2024)], AccountList.Load(file));
            File.WriteAllLines(file, ["bench.0001@example.fi;kuopio"]);
            Assert.Throws<FormatException>(() => AccountList.Load(file));
        }
        finally { File.Delete(file); }
    }
}

using TyollisyysAlue.Infrastructure.Persistence.Diagnostics;
using Xunit.Abstractions;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// What opening a heavy page costs in SQL: the prerendered HTML and the interactive render that follows it (a new
/// circuit) together. The interactive render reuses what prerendering loaded, so no query runs twice with the same
/// values. The counts are written to the test output (bench/README.md quotes them).
/// </summary>
public sealed class SqlPerNavigationTests(AppFixture app, ITestOutputHelper output) : BrowserTest(app)
{
    public static TheoryData<string> HeavyPages =>
    [
        "/areas/porvoo", "/areas/porvoo/budget?year=2025", "/areas/porvoo/plan", "/areas/porvoo/services?year=2025",
        "/areas/porvoo/offices", "/areas/porvoo/staffing",
    ];

    [Theory]
    [MemberData(nameof(HeavyPages))]
    public async Task Opening_a_heavy_page_runs_no_query_twice(string path)
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Interactive.ReadyAsync(Page);
        using (var landing = App.Sql.Watch()) await QuietAsync(landing); // the page after sign-in has finished loading

        using var window = App.Sql.Watch();
        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        await Interactive.ReadyAsync(Page);
        await QuietAsync(window);

        output.WriteLine($"SQL commands for {path}: {window.Commands.Count} (prerender + interactive render)");
        foreach (var command in window.Commands) output.WriteLine(command.ToString());
        // The session check runs on every request by design (issue 11: a revoked cookie stops at once): the page's
        // request and the circuit's connection each check it once. Every other query must run once.
        var repeated = window.Repeated.Where(q => !q.Sql.Contains("security_stamp = @stamp", StringComparison.Ordinal)).ToList();
        Assert.True(repeated.Count == 0, $"{path} ran {repeated.Count} queries twice:\n" + string.Join("\n", repeated));
    }

    /// <summary>Waits until no command has been sent for a second (the interactive render loads after the circuit opens).</summary>
    private static async Task QuietAsync(SqlCommandLog.Window window)
    {
        var seen = -1;
        while (window.Commands.Count != seen)
        {
            seen = window.Commands.Count;
            await Task.Delay(1000);
        }
    }
}

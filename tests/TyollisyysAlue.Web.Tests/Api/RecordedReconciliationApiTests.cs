using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>Its own app and database: it records Porvoo's 2025 reconciliation, which other tests expect to be absent.</summary>
public class RecordedReconciliationApiTests
{
    [Fact]
    public async Task A_recorded_reconciliation_is_served_per_municipality_with_final_minus_paid()
    {
        await using var database = await TestDatabase.StartAsync();
        await using var factory = new AppFactory(database);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoApiTokens.PorvooToken);
        using (var before = await client.GetAsync("/api/v1/areas/2025/reconciliation"))
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var planner = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Infrastructure.Identity.ApplicationUser>>()
                .FindByEmailAsync("planner.porvoo@example.fi");
            var area = scope.ServiceProvider.GetRequiredService<AreaContext>();
            area.SetUser(planner!.Id, "planner.porvoo@example.fi");
            area.EnterArea(DemoAreas.Porvoo, [AreaRole.Planner]);
            Assert.IsType<Application.Common.Writing.WriteOutcome<YearEndForm>.Saved>(await scope.ServiceProvider.GetRequiredService<SaveYearEnd>()
                .RunAsync(new YearEndForm { Year = 2025, ActualSharedCost = 12_720_000m }));
        }

        using var response = await client.GetAsync("/api/v1/areas/2025/reconciliation");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(-100_000m, root.GetProperty("balance").GetDecimal());
        // No ledger imported for the year: the figure is the planner's entry, and the trace says so.
        var cost = root.GetProperty("cost");
        Assert.Equal("entered", cost.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, cost.GetProperty("computedFromActuals").ValueKind);
        Assert.Equal("planner.porvoo@example.fi", cost.GetProperty("recordedBy").GetString());
        var rows = root.GetProperty("municipalities").EnumerateArray().ToList();
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(r.GetProperty("final").GetDecimal() - r.GetProperty("paid").GetDecimal(), r.GetProperty("settlement").GetDecimal()));
        Assert.Equal(-100_000m, rows.Sum(r => r.GetProperty("settlement").GetDecimal()));
    }
}

using System.Net;
using System.Text.Json;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>The stored split and schedule of the token's own area; another area's data never show.</summary>
[Collection(AppCollection.Name)]
public class AreaSplitApiTests(AppFixture app)
{
    private static readonly string[] PorvooMembers = ["018", "407", "434", "504", "616", "638"];

    [Fact]
    public async Task A_token_reads_its_own_areas_split_and_never_another_areas()
    {
        using var porvoo = app.WithToken();
        var porvooSplit = await (await porvoo.GetAsync("/api/v1/areas/2025/split")).JsonAsync();
        Assert.Equal(PorvooMembers, Codes(porvooSplit));
        Assert.Equal(12_970_000m, porvooSplit.GetProperty("total").GetDecimal());
        AssertAddsUp(porvooSplit);

        var kuopioToken = await app.CreateTokenAsync(DemoAreas.Kuopio, "Kuopion talous");
        using var kuopio = app.WithToken(kuopioToken.Token);
        var kuopioSplit = await (await kuopio.GetAsync("/api/v1/areas/2025/split")).JsonAsync();
        Assert.Contains("297", Codes(kuopioSplit));
        Assert.Empty(Codes(kuopioSplit).Intersect(PorvooMembers));
        Assert.Equal(17_290_000m, kuopioSplit.GetProperty("total").GetDecimal());
        AssertAddsUp(kuopioSplit);
    }

    [Fact]
    public async Task The_schedule_has_twelve_months_that_add_up_to_each_total()
    {
        using var client = app.WithToken();
        var schedule = await (await client.GetAsync("/api/v1/areas/2025/schedule")).JsonAsync();
        Assert.Equal(PorvooMembers, Codes(schedule));
        var rows = schedule.GetProperty("municipalities").EnumerateArray().ToList();
        foreach (var row in rows)
        {
            var months = row.GetProperty("monthly").EnumerateArray().Select(m => m.GetDecimal()).ToList();
            Assert.Equal(12, months.Count);
            Assert.Equal(row.GetProperty("total").GetDecimal(), months.Sum());
        }
        Assert.Equal(schedule.GetProperty("total").GetDecimal(), rows.Sum(r => r.GetProperty("total").GetDecimal()));
    }

    [Theory]
    [InlineData("/api/v1/areas/2027/split", "No allocation key recorded for 2027.")]
    [InlineData("/api/v1/areas/2027/schedule", "No allocation key recorded for 2027.")]
    [InlineData("/api/v1/areas/2025/reconciliation", "No reconciliation recorded for 2025.")]
    public async Task What_is_not_recorded_is_a_404_problem(string path, string detail)
    {
        using var client = app.WithToken();
        using var response = await client.GetAsync(path);
        var problem = await response.ProblemAsync((int)HttpStatusCode.NotFound);
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    private static List<string> Codes(JsonElement result) =>
        result.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("code").GetString()!).ToList();

    /// <summary>Each row's criteria sum to its shared part; each criterion's column sums to its pot; totals to the grand total.</summary>
    private static void AssertAddsUp(JsonElement split)
    {
        var rows = split.GetProperty("municipalities").EnumerateArray().ToList();
        foreach (var row in rows)
            Assert.Equal(row.GetProperty("shared").GetDecimal(), row.GetProperty("criteria").EnumerateArray().Sum(c => c.GetProperty("amount").GetDecimal()));
        var pots = split.GetProperty("criteria").EnumerateArray().ToList();
        for (var c = 0; c < pots.Count; c++)
            Assert.Equal(pots[c].GetProperty("amount").GetDecimal(), rows.Sum(r => r.GetProperty("criteria")[c].GetProperty("amount").GetDecimal()));
        Assert.Equal(split.GetProperty("total").GetDecimal(), rows.Sum(r => r.GetProperty("total").GetDecimal()));
    }
}

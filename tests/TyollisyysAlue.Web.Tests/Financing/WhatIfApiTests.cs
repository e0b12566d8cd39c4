using System.Net;
using System.Text.Json.Nodes;
using TyollisyysAlue.Web.Tests.Api;

namespace TyollisyysAlue.Web.Tests.Financing;

[Collection(AppCollection.Name)]
public class WhatIfApiTests(AppFixture app)
{
    // 1 000,00 € by working-age: 001 has 12 000, 002 has 13 000 (labour force the same): 480,00 / 520,00, together 25 000.
    private static JsonObject Body(JsonArray changes) => new()
    {
        ["municipalities"] = new JsonArray(
            new JsonObject { ["code"] = "001", ["indicators"] = new JsonObject { ["working-age"] = 12_000, ["labour-force"] = 12_000 } },
            new JsonObject { ["code"] = "002", ["indicators"] = new JsonObject { ["working-age"] = 13_000, ["labour-force"] = 13_000 } }),
        ["criteria"] = new JsonArray(new JsonObject { ["indicator"] = "working-age", ["weightPercent"] = 100 }),
        ["sharedCost"] = 1_000.00m,
        ["changes"] = changes,
    };

    [Fact]
    public async Task A_leave_answers_both_states_the_differences_and_the_workforce_warning()
    {
        using var client = app.WithToken();
        var result = await (await client.PostJsonAsync("/api/v1/cost-sharing/what-if", Body([new JsonObject { ["kind"] = "remove", ["code"] = "002" }]))).JsonAsync();

        Assert.Equal([480.00m, 520.00m], result.GetProperty("before").GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("total").GetDecimal()));
        Assert.Equal(1_000.00m, Assert.Single(result.GetProperty("after").GetProperty("municipalities").EnumerateArray()).GetProperty("total").GetDecimal());
        var first = result.GetProperty("differences")[0];
        Assert.Equal(520.00m, first.GetProperty("change").GetDecimal());
        Assert.Equal(108.33m, first.GetProperty("changePercent").GetDecimal()); // 520 / 480 = 108,333… %
        Assert.True(result.GetProperty("workforceBefore").GetProperty("meetsMinimum").GetBoolean());
        Assert.Equal(12_000m, result.GetProperty("workforceAfter").GetProperty("total").GetDecimal());
        Assert.Equal("workforce-below-minimum", Assert.Single(result.GetProperty("warnings").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("""{"kind":"criteria","criteria":[{"indicator":"working-age","weightPercent":60}]}""", "changes[0].criteria")]
    [InlineData("""{"kind":"add","code":"003","indicators":{"working-age":-1}}""", "changes[0].indicators")]
    [InlineData("""{"kind":"remove","code":"x1"}""", "changes[0].code")]
    [InlineData("""{"kind":"merge"}""", "changes[0].kind")]
    public async Task Bad_changes_are_400_problems_naming_the_field(string change, string field)
    {
        using var client = app.WithToken();
        var body = Body([JsonNode.Parse(change)!]);
        using var response = await client.PostJsonAsync("/api/v1/cost-sharing/what-if", body);
        var problem = await response.ProblemAsync((int)HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}

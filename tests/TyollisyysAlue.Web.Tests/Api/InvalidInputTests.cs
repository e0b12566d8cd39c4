using System.Text.Json.Nodes;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>Every invalid input the issue lists answers 400 problem details naming the field and its code.</summary>
[Collection(AppCollection.Name)]
public class InvalidInputTests(AppFixture app)
{
    private sealed record Case(string Endpoint, Func<string> Body, string Field, string Code);

    private static string Calc(Action<JsonObject> change) { var b = Bodies.Calculate(); change(b); return b.ToJsonString(); }
    private static string Rec(Action<JsonObject> change) { var b = Bodies.Reconcile(); change(b); return b.ToJsonString(); }
    private static JsonNode Municipalities(JsonObject b, int i) => b["municipalities"]![i]!;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["weights not 100"] = new("calculate", () => Calc(b => b["criteria"]![1]!["weightPercent"] = 40), "criteria", "cost-sharing.weights-not-100"),
        ["negative weight"] = new("calculate", () => Calc(b => b["criteria"] = new JsonArray(Bodies.Criterion("residents", -10), Bodies.Criterion("unemployed", 110))),
            "criteria[0].weightPercent", "cost-sharing.negative-weight"),
        ["indicator missing"] = new("calculate", () => Calc(b => Municipalities(b, 1)["indicators"]!.AsObject().Remove("unemployed")),
            "municipalities[1].indicators.unemployed", "cost-sharing.indicator-missing"),
        ["indicator total zero"] = new("calculate", () => Calc(b => { foreach (var m in b["municipalities"]!.AsArray()) m!["indicators"]!["unemployed"] = 0; }),
            "criteria[1].indicator", "cost-sharing.indicator-total-zero"),
        ["negative indicator"] = new("calculate", () => Calc(b => Municipalities(b, 0)["indicators"]!["residents"] = -1),
            "municipalities[0].indicators.residents", "cost-sharing.negative-indicator"),
        ["negative shared cost"] = new("calculate", () => Calc(b => b["sharedCost"] = -1.00m), "sharedCost", "cost-sharing.negative-shared-cost"),
        ["negative direct charge"] = new("calculate", () => Calc(b => b["directCharges"]![0]!["amount"] = -5m), "directCharges[0].amount", "cost-sharing.negative-direct-charge"),
        ["three decimals"] = new("calculate", () => Calc(b => b["sharedCost"] = 1000.001m), "sharedCost", "money.sub-cent"),
        ["three decimals in a charge"] = new("calculate", () => Calc(b => b["directCharges"]![0]!["amount"] = 0.005m), "directCharges[0].amount", "money.sub-cent"),
        ["above 10^12"] = new("calculate", () => Calc(b => b["sharedCost"] = 1_000_000_000_000.01m), "sharedCost", "api.amount-too-large"),
        ["revision above 10^12"] = new("calculate", () => Calc(b => b["revisions"] = new JsonArray(Bodies.Revision(7, 2e12m))), "revisions[0].sharedCost", "api.amount-too-large"),
        ["duplicate code"] = new("calculate", () => Calc(b => Municipalities(b, 2)["code"] = "638"), "municipalities[2].code", "cost-sharing.duplicate-municipality"),
        ["direct charge for unknown code"] = new("calculate", () => Calc(b => b["directCharges"]![0]!["code"] = "049"), "directCharges[0].code", "cost-sharing.unknown-municipality"),
        ["advance for unknown code"] = new("reconcile", () => Rec(b => b["advancesPaid"]![2]!["code"] = "049"), "advancesPaid[2].code", "cost-sharing.unknown-municipality"),
        ["fromMonth 0"] = new("calculate", () => Calc(b => b["revisions"] = new JsonArray(Bodies.Revision(0, 900m))), "revisions[0].fromMonth", "cost-sharing.revision-month-out-of-range"),
        ["fromMonth 13"] = new("calculate", () => Calc(b => b["revisions"] = new JsonArray(Bodies.Revision(13, 900m))), "revisions[0].fromMonth", "cost-sharing.revision-month-out-of-range"),
        ["fromMonth not increasing"] = new("calculate", () => Calc(b => b["revisions"] = new JsonArray(Bodies.Revision(7, 900m), Bodies.Revision(7, 800m))),
            "revisions[1].fromMonth", "cost-sharing.revisions-not-increasing"),
        ["no municipalities"] = new("calculate", () => Calc(b => { b["municipalities"] = new JsonArray(); b.Remove("directCharges"); }), "municipalities", "cost-sharing.no-municipalities"),
        ["code of two digits"] = new("calculate", () => Calc(b => Municipalities(b, 0)["code"] = "38"), "municipalities[0].code", "api.municipality-code-format"),
        ["code with a prefix"] = new("calculate", () => Calc(b => Municipalities(b, 0)["code"] = "KU638"), "municipalities[0].code", "api.municipality-code-format"),
        ["advance code not digits"] = new("reconcile", () => Rec(b => b["advancesPaid"]![0]!["code"] = "abc"), "advancesPaid[0].code", "api.municipality-code-format"),
        ["advance with three decimals"] = new("reconcile", () => Rec(b => b["advancesPaid"]![0]!["amount"] = 1.234m), "advancesPaid[0].amount", "money.sub-cent"),
        ["missing shared cost"] = new("calculate", () => Calc(b => b.Remove("sharedCost")), "sharedCost", "api.required"),
        ["missing advances"] = new("reconcile", () => Rec(b => b.Remove("advancesPaid")), "advancesPaid", "api.required"),
        ["null municipality"] = new("calculate", () => Calc(b => b["municipalities"]![1] = null), "municipalities[1]", "api.required"),
        ["text for a number"] = new("calculate", () => Calc(b => b["sharedCost"] = "1000"), "sharedCost", "api.malformed-json"),
        ["unknown field"] = new("calculate", () => Calc(b => b["sharedCosts"] = 1), "sharedCosts", "api.malformed-json"),
        ["revisions in a reconciliation"] = new("reconcile", () => Rec(b => b["revisions"] = new JsonArray()), "revisions", "api.malformed-json"),
        ["truncated JSON"] = new("calculate", () => Calc(_ => { })[..40], "municipalities[0].name", "api.malformed-json"),
        ["not JSON at all"] = new("calculate", () => "municipalities=638", "$", "api.malformed-json"),
        ["a JSON array"] = new("reconcile", () => "[]", "$", "api.malformed-json"),
        ["null body"] = new("calculate", () => "null", "$", "api.malformed-json"),
        ["empty body"] = new("calculate", () => "", "$", "api.malformed-json"),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Invalid_input_is_a_400_problem_naming_the_field(string caseName)
    {
        var (endpoint, body, field, code) = Cases[caseName];
        using var client = app.WithToken();
        using var response = await client.PostJsonAsync($"/api/v1/cost-sharing/{endpoint}", body());
        var problem = await response.ProblemAsync(400);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for {field}: {errors}");
        Assert.NotEmpty(messages.EnumerateArray().Single().GetString()!);
        Assert.Contains(code, problem.GetProperty("codes").GetProperty(field).EnumerateArray().Select(c => c.GetString()));
    }
}

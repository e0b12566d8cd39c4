using System.Text.Json.Nodes;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>
/// A small area checked by hand (see <see cref="CalculateTests"/>): three municipalities, residents and
/// unemployed at 50 % each, 1 000,00 € shared, Porvoo charged 100,00 € directly.
/// </summary>
public static class Bodies
{
    public static JsonObject Calculate() => new()
    {
        ["municipalities"] = new JsonArray(
            Municipality("638", "Porvoo", residents: 1, unemployed: 30),
            Municipality("020", "Akaa", residents: 1, unemployed: 60),
            Municipality("407", "Lapinjärvi", residents: 1, unemployed: 10)),
        ["criteria"] = new JsonArray(Criterion("residents", 50), Criterion("unemployed", 50)),
        ["sharedCost"] = 1000.00m,
        ["directCharges"] = new JsonArray(CodeAmount("638", 100.00m)),
    };

    /// <summary>The same area's actual year, and what the municipalities paid (Akaa in two rows, Lapinjärvi nothing).</summary>
    public static JsonObject Reconcile()
    {
        var body = Calculate();
        body["advancesPaid"] = new JsonArray(CodeAmount("638", 400.00m), CodeAmount("020", 200.00m), CodeAmount("020", 266.67m));
        return body;
    }

    public static JsonObject Municipality(string code, string name, decimal residents, decimal unemployed) => new()
    {
        ["code"] = code,
        ["name"] = name,
        ["indicators"] = new JsonObject { ["residents"] = residents, ["unemployed"] = unemployed },
    };

    public static JsonObject Criterion(string indicator, decimal weight) => new() { ["indicator"] = indicator, ["weightPercent"] = weight };

    public static JsonObject CodeAmount(string code, decimal amount) => new() { ["code"] = code, ["amount"] = amount };

    public static JsonObject Revision(int fromMonth, decimal sharedCost) => new() { ["fromMonth"] = fromMonth, ["sharedCost"] = sharedCost };
}

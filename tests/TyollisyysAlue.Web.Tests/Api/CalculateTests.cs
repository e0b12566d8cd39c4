using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>
/// Hand-checked: pots 500,00 / 500,00 €. Residents 1/1/1: 50 000 c ÷ 3 = 16 666 c each and 2 c left over, equal
/// remainders, so the lower codes 020 and 407 get one each. Unemployed 60/10/30 of 100: 300,00 / 50,00 / 150,00.
/// Shared: Akaa 466,67, Lapinjärvi 216,67, Porvoo 316,66 (+100,00 direct = 416,66). Porvoo's months:
/// 41 666 c ÷ 12 = 3 472 c, 2 c left for January and February.
/// </summary>
[Collection(AppCollection.Name)]
public class CalculateTests(AppFixture app)
{
    private const string Path = "/api/v1/cost-sharing/calculate";

    [Fact]
    public async Task Splits_to_the_cent_and_every_row_column_and_schedule_adds_up()
    {
        using var client = app.WithToken();
        using var response = await client.PostJsonAsync(Path, Bodies.Calculate());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();

        Assert.Equal(1000.00m, result.GetProperty("sharedCost").GetDecimal());
        Assert.Equal(1100.00m, result.GetProperty("total").GetDecimal());
        var rows = Rows(result);
        Assert.Equal(["020", "407", "638"], rows.Keys.Order());
        Assert.Equal((466.67m, 0m, 466.67m), Totals(rows["020"]));
        Assert.Equal((216.67m, 0m, 216.67m), Totals(rows["407"]));
        Assert.Equal((316.66m, 100.00m, 416.66m), Totals(rows["638"]));
        Assert.Equal([166.66m, 150.00m], Amounts(rows["638"]));
        Assert.Equal([166.67m, 166.67m, 166.66m], rows.Values.Select(r => Amounts(r)[0])); // the tie's two cents go to 020 and 407
        Assert.Equal(0.3m, Criterion(rows["638"], "unemployed").GetProperty("ratio").GetDecimal());
        Assert.Equal(1m / 3m, Criterion(rows["638"], "residents").GetProperty("ratio").GetDecimal());
        Assert.Equal([34.73m, 34.73m, .. Enumerable.Repeat(34.72m, 10)], Monthly(rows["638"]));
        AssertAddsUp(result);
    }

    [Fact]
    public async Task A_revision_from_July_keeps_the_invoiced_months_and_spreads_the_rest()
    {
        var body = Bodies.Calculate();
        body["revisions"] = new JsonArray(Bodies.Revision(7, 1200.00m));
        using var client = app.WithToken();
        using var response = await client.PostJsonAsync(Path, body);
        var result = await response.JsonAsync();

        // With 1 200,00 €: residents 200,00 each; unemployed 360,00 / 60,00 / 180,00.
        Assert.Equal(1200.00m, result.GetProperty("sharedCost").GetDecimal());
        Assert.Equal(1300.00m, result.GetProperty("total").GetDecimal());
        var rows = Rows(result);
        Assert.Equal((380.00m, 100.00m, 480.00m), Totals(rows["638"]));
        // Porvoo invoiced 2 × 34,73 + 4 × 34,72 = 208,34 in January–June; 271,66 remain: 27 166 c ÷ 6 = 4 527 c, 4 c left.
        Assert.Equal([34.73m, 34.73m, 34.72m, 34.72m, 34.72m, 34.72m, 45.28m, 45.28m, 45.28m, 45.28m, 45.27m, 45.27m], Monthly(rows["638"]));
        // Akaa invoiced 6 × 38,89 = 233,34; 560,00 − 233,34 = 326,66: 5 444 c, 2 c left.
        Assert.Equal([.. Enumerable.Repeat(38.89m, 6), 54.45m, 54.45m, 54.44m, 54.44m, 54.44m, 54.44m], Monthly(rows["020"]));
        AssertAddsUp(result);
    }

    /// <summary>Rows: criteria → shared, shared + direct → total, months → total; columns: totals → grand total.</summary>
    internal static void AssertAddsUp(JsonElement result)
    {
        var rows = Rows(result).Values.ToList();
        foreach (var row in rows)
        {
            var (shared, direct, total) = Totals(row);
            Assert.Equal(shared, Amounts(row).Sum());
            Assert.Equal(total, shared + direct);
            Assert.Equal(12, Monthly(row).Count);
            Assert.Equal(total, Monthly(row).Sum());
        }
        Assert.Equal(result.GetProperty("total").GetDecimal(), rows.Sum(r => Totals(r).Total));
        Assert.Equal(result.GetProperty("sharedCost").GetDecimal(), rows.Sum(r => Totals(r).Shared));
    }

    internal static Dictionary<string, JsonElement> Rows(JsonElement result) =>
        result.GetProperty("municipalities").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!);

    internal static (decimal Shared, decimal Direct, decimal Total) Totals(JsonElement row) =>
        (row.GetProperty("shared").GetDecimal(), row.GetProperty("direct").GetDecimal(), row.GetProperty("total").GetDecimal());

    private static List<decimal> Amounts(JsonElement row) =>
        row.GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()).ToList();

    private static JsonElement Criterion(JsonElement row, string indicator) =>
        row.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("indicator").GetString() == indicator);

    private static List<decimal> Monthly(JsonElement row) => row.GetProperty("monthly").EnumerateArray().Select(m => m.GetDecimal()).ToList();
}

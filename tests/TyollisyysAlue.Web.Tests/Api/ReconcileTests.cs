namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>
/// Final costs as in <see cref="CalculateTests"/> (Akaa 466,67, Lapinjärvi 216,67, Porvoo 416,66); paid: Akaa
/// 200,00 + 266,67, Lapinjärvi nothing, Porvoo 400,00. Settlement = final − paid.
/// </summary>
[Collection(AppCollection.Name)]
public class ReconcileTests(AppFixture app)
{
    [Fact]
    public async Task Each_municipality_settles_final_cost_minus_advances_paid()
    {
        using var client = app.WithToken();
        using var response = await client.PostJsonAsync("/api/v1/cost-sharing/reconcile", Bodies.Reconcile());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();

        var rows = result.GetProperty("municipalities").EnumerateArray()
            .ToDictionary(m => m.GetProperty("code").GetString()!, m => (
                m.GetProperty("final").GetDecimal(), m.GetProperty("paid").GetDecimal(), m.GetProperty("settlement").GetDecimal()));
        Assert.Equal((466.67m, 466.67m, 0m), rows["020"]);
        Assert.Equal((216.67m, 0m, 216.67m), rows["407"]);
        Assert.Equal((416.66m, 400.00m, 16.66m), rows["638"]);
        Assert.Equal(1100.00m, result.GetProperty("final").GetDecimal());
        Assert.Equal(866.67m, result.GetProperty("paid").GetDecimal());
        Assert.Equal(233.33m, result.GetProperty("settlement").GetDecimal());
    }
}

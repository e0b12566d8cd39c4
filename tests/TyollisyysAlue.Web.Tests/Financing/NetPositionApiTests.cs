using System.Net;
using System.Text.Json;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.Web.Tests.Api;

namespace TyollisyysAlue.Web.Tests.Financing;

[Collection(AppCollection.Name)]
public class NetPositionApiTests(AppFixture app)
{
    [Fact]
    public async Task The_areas_net_position_adds_up_to_the_cent_and_its_payments_are_the_split()
    {
        using var client = app.WithToken();
        var net = await (await client.GetAsync("/api/v1/areas/2025/net-position")).JsonAsync();
        var split = await (await client.GetAsync("/api/v1/areas/2025/split")).JsonAsync();

        var members = net.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(split.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("code").GetString()), members.Select(m => m.GetProperty("code").GetString()));
        foreach (var m in members)
        {
            var expected = D(m, "payment") + D(m, "benefitLiability") - D(m, "stateShare") - D(m, "compensation");
            Assert.Equal(expected, D(m, "netCost"));
        }
        var totals = net.GetProperty("totals");
        Assert.Equal(members.Sum(m => D(m, "netCost")), D(totals, "netCost"));
        Assert.Equal(D(split, "total"), D(totals, "payment"));
        Assert.True(net.GetProperty("usesDemo").GetBoolean());
        Assert.Equal("estimate", members.Single(m => m.GetProperty("code").GetString() == "616").GetProperty("liabilitySource").GetString());
        Assert.Equal("kela", members.Single(m => m.GetProperty("code").GetString() == "638").GetProperty("liabilitySource").GetString());
    }

    [Fact]
    public async Task Missing_figures_are_a_409_problem_naming_each_and_never_another_areas_data()
    {
        var kuopioToken = await app.CreateTokenAsync(DemoAreas.Kuopio, "Kuopion nettoasema");
        using var kuopio = app.WithToken(kuopioToken.Token);
        using var response = await kuopio.GetAsync("/api/v1/areas/2025/net-position");
        var problem = await response.ProblemAsync((int)HttpStatusCode.Conflict);
        var missing = problem.GetProperty("missing").EnumerateArray().ToList();
        Assert.Contains(missing, m => m.GetProperty("what").GetString() == "Financing.Missing.Compensation" && m.GetProperty("publisher").GetString() == "Financing.Publisher.Tem");
        Assert.DoesNotContain(missing, m => m.GetProperty("municipality").GetString() is "Porvoo" or "Pukkila");
    }

    private static decimal D(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}

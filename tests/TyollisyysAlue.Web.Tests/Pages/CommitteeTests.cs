using System.Net;

namespace TyollisyysAlue.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public class CommitteeTests(AppFixture app)
{
    [Fact]
    public async Task Kuopio_seats_follow_population_and_porvoo_has_a_member_from_each_municipality()
    {
        using (var kuopio = await app.SignedInAs("admin.kuopio@example.fi"))
        {
            var html = WebUtility.HtmlDecode(await kuopio.GetStringAsync("/areas/kuopio/municipalities"));
            // Kuopio 122 594 residents: 13 started ten-thousands; Tervo 1 441: one seat.
            Assert.Matches("data-code=\"297\">\\s*<th scope=\"row\">Kuopio</th>\\s*<td class=\"num\">13</td>", html);
            Assert.Matches("data-code=\"844\">\\s*<th scope=\"row\">Tervo</th>\\s*<td class=\"num\">1</td>", html);
        }
        using var porvoo = await app.SignedInAs("viewer.porvoo@example.fi");
        var page = WebUtility.HtmlDecode(await porvoo.GetStringAsync("/areas/porvoo/municipalities"));
        Assert.Contains("Jokaisesta jäsenkunnasta yksi jäsen ja varajäsen", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"committee-seats\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-committee-member\"", page, StringComparison.Ordinal);
    }
}

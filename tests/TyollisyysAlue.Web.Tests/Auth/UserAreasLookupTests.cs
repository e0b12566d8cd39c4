using System.Net;

namespace TyollisyysAlue.Web.Tests.Auth;

/// <summary>
/// The user's areas and roles are read once per request and shared by the route policy, the layout and the page, and
/// by the area endpoints' filter (<c>CurrentUserAreas</c>): not once per asker.
/// </summary>
[Collection(AppCollection.Name)]
public class UserAreasLookupTests(AppFixture app)
{
    private const string AreasLookup = "across areas: the user's own role assignments";

    [Theory]
    [InlineData("/areas/porvoo/staffing")]
    [InlineData("/areas/porvoo/staffing/export/xlsx")]
    public async Task A_request_in_an_area_reads_the_users_areas_once(string path)
    {
        using var client = await app.SignedInAs("planner.porvoo@example.fi");

        using var window = app.Factory.Sql.Watch();
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(window.Commands, c => c.Sql.Contains(AreasLookup, StringComparison.Ordinal));
    }
}

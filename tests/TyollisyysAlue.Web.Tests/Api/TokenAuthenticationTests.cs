using System.Net;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>Only a live token of an area opens the API; everything else is a 401 problem, never a sign-in redirect.</summary>
[Collection(AppCollection.Name)]
public class TokenAuthenticationTests(AppFixture app)
{
    public static TheoryData<string?> RefusedTokens() =>
    [
        null,
        "ta_garbage",
        "Basic YWRtaW46YWRtaW4=",
        ApiTokenSecret.Compose(DemoAreas.Porvoo, "an-unknown-secret-of-the-right-shape-0123456789"),
        // Porvoo's secret under another area's id: the hash is not Kuopio's, and Porvoo's row is invisible from Kuopio.
        ApiTokenSecret.Compose(DemoAreas.Kuopio, DemoApiTokens.PorvooSecret),
    ];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_missing_or_unknown_token_is_a_401_problem(string? token)
    {
        using var client = app.Anonymous();
        if (token is not null) client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", token.StartsWith("Basic ", StringComparison.Ordinal) ? token : "Bearer " + token);
        using var get = await client.GetAsync("/api/v1/areas/2025/split");
        await get.ProblemAsync(401);
        Assert.Equal("Bearer", Assert.Single(get.Headers.WwwAuthenticate).Scheme);
        using var post = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", Bodies.Calculate());
        await post.ProblemAsync(401);
    }

    [Fact]
    public async Task A_revoked_token_stops_working_at_once()
    {
        var created = await app.CreateTokenAsync(DemoAreas.Lahti, "Revoked soon");
        using var client = app.WithToken(created.Token);
        using (var before = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", Bodies.Calculate()))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await app.RevokeTokenAsync(DemoAreas.Lahti, created.Id);
        using var after = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", Bodies.Calculate());
        var problem = await after.ProblemAsync(401);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_user_without_a_token_gets_401_not_the_sign_in_page()
    {
        using var client = await app.SignedInAs("admin.porvoo@example.fi");
        using var response = await client.GetAsync("/api/v1/areas/2025/split");
        await response.ProblemAsync(401);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/areas/not-a-year/split")]
    [InlineData("/api/v2/cost-sharing/calculate")]
    public async Task Unknown_api_addresses_are_problem_details_not_html(string path)
    {
        using (var anonymous = app.Anonymous())
        using (var response = await anonymous.GetAsync(path))
            await response.ProblemAsync(401);
        using var client = app.WithToken();
        using var found = await client.GetAsync(path);
        await found.ProblemAsync(404);
    }
}

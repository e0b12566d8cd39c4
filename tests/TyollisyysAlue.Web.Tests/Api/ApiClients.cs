using TyollisyysAlue.TestSupport;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>HTTP clients with API tokens, and small helpers to post JSON and read answers.</summary>
public static class ApiClients
{
    public static HttpClient WithToken(this AppFixture app, string? token = null)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token ?? DemoApiTokens.PorvooToken);
        return client;
    }

    /// <summary>Creates a token in the area as its administrator would, through the same use case as the admin page.</summary>
    public static async Task<(Guid Id, string Token)> CreateTokenAsync(this AppFixture app, Guid areaId, string name)
    {
        await using var scope = await app.Factory.Services.AsAsync(areaId, Acting.AdministratorOf(areaId));
        var form = new ApiTokenForm { Name = name };
        var saved = Assert.IsType<WriteOutcome<ApiTokenForm>.Saved>(await scope.ServiceProvider.GetRequiredService<CreateApiToken>().RunAsync(form));
        return (saved.Id, form.IssuedToken!);
    }

    public static async Task RevokeTokenAsync(this AppFixture app, Guid areaId, Guid tokenId)
    {
        await using var scope = await app.Factory.Services.AsAsync(areaId, Acting.AdministratorOf(areaId));
        Assert.IsType<WriteOutcome<RowRef>.Saved>(await scope.ServiceProvider.GetRequiredService<RevokeApiToken>().RunAsync(new RowRef(tokenId, 0)));
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostJsonAsync(path, body.ToJsonString());

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts an RFC 9457 answer with this status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}

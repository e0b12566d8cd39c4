using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using TyollisyysAlue.Web.Hosting;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>
/// The load generator's "memory after a forced full GC" (issue 17): POST /diagnostics/gc exists only when configured,
/// and then answers only a direct loopback caller — never another address, never a request through the proxy.
/// </summary>
[Collection(AppCollection.Name)]
public class ForcedGcTests(AppFixture app)
{
    [Fact]
    public async Task Off_by_default_the_endpoint_is_not_found_even_from_loopback()
    {
        var response = await PostAsync(app.Factory, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status404NotFound, response.Response.StatusCode);
    }

    [Fact]
    public async Task When_allowed_a_loopback_caller_gets_the_heap_after_a_full_collection_and_others_get_not_found()
    {
        await using var allowed = app.Factory.WithWebHostBuilder(builder => builder.UseSetting(ForcedGc.SettingKey, "true"));

        var local = await PostAsync(allowed, IPAddress.Loopback);
        Assert.Equal(StatusCodes.Status200OK, local.Response.StatusCode);
        using var json = await JsonDocument.ParseAsync(local.Response.Body);
        Assert.True(json.RootElement.GetProperty("heapBytes").GetInt64() > 0);
        Assert.True(json.RootElement.GetProperty("workingSetBytes").GetInt64() > 0);
        Assert.True(json.RootElement.GetProperty("gen2Collections").GetInt32() > 0);

        Assert.Equal(StatusCodes.Status200OK, (await PostAsync(allowed, IPAddress.IPv6Loopback)).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await PostAsync(allowed, IPAddress.Parse("192.0.2.10"))).Response.StatusCode);
        Assert.Equal(StatusCodes.Status404NotFound, (await PostAsync(allowed, IPAddress.Loopback, forwardedFor: "203.0.113.5")).Response.StatusCode);
    }

    private static Task<HttpContext> PostAsync(WebApplicationFactory<Program> factory, IPAddress from, string? forwardedFor = null) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = ForcedGc.Path;
            context.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
}

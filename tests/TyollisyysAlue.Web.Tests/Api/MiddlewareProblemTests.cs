using System.Net.Http.Headers;
using System.Text;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>
/// Issue 11, finding 6: every /api answer that is not 2xx is application/problem+json, also those that routing and the
/// server decide before an endpoint runs: a body over the documented 1 MB limit (413), a content type the endpoint does
/// not take (415, was 404), an unknown address (404) and a method the address does not take (405, was 404).
/// (The database outage's 503 is in DatabaseOutageTests, which stops its own database.)
/// </summary>
[Collection(AppCollection.Name)]
public class MiddlewareProblemTests(AppFixture app)
{
    private const string Calculate = "/api/v1/cost-sharing/calculate";

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_problem_with_or_without_a_length()
    {
        using var client = app.WithToken();
        var body = "{\"municipalities\": \"" + new string('a', 2 * 1024 * 1024) + "\"}";
        using (var declared = await client.PostJsonAsync(Calculate, body))
        {
            var problem = await declared.ProblemAsync(413);
            Assert.Contains("1024 kB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Chunked: no Content-Length to refuse by, the reading stops at the limit.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Calculate) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await client.SendAsync(request);
        await chunked.ProblemAsync(413);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task A_content_type_the_endpoint_does_not_take_is_a_415_problem(string contentType)
    {
        using var client = app.WithToken();
        using var content = new StringContent("{}", Encoding.UTF8, contentType);
        using var response = await client.PostAsync(Calculate, content);
        var problem = await response.ProblemAsync(415);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_method_the_address_does_not_take_is_a_405_problem_naming_the_allowed_ones()
    {
        using var client = app.WithToken();
        using var get = await client.GetAsync(Calculate);
        await get.ProblemAsync(405);
        Assert.Equal("POST", string.Join(",", get.Content.Headers.Allow));

        using var delete = await client.DeleteAsync("/api/v1/areas/2025/split");
        await delete.ProblemAsync(405);
    }

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v2/cost-sharing/calculate")]
    [InlineData("/api/v1/cost-sharing/calculate/extra")]
    public async Task An_unknown_address_is_a_404_problem(string path)
    {
        using var client = app.WithToken();
        using var response = await client.GetAsync(path);
        await response.ProblemAsync(404);
    }

    [Fact]
    public async Task Without_a_token_every_api_address_is_a_401_problem()
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsync(Calculate, new StringContent("x", Encoding.UTF8, "text/plain"));
        await response.ProblemAsync(401);
    }
}

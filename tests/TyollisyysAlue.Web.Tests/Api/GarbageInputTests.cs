using System.Text;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>Whatever arrives, the API answers 400 problem details: never 500.</summary>
[Collection(AppCollection.Name)]
public class GarbageInputTests(AppFixture app)
{
    public static TheoryData<string> Garbage() =>
    [
        "{", "}", "{{}", "[1,2", "\"text\"", "42", "true", "{\"municipalities\": 7}", "{\"criteria\": {\"a\": 1}}",
        "{\"sharedCost\": 1e400}", "{\"sharedCost\": NaN}", "{\"sharedCost\": 79228162514264337593543950336}",
        "{\"municipalities\": [{\"code\": 638}]}", "{\"municipalities\": [{\"code\": \"638\", \"indicators\": {\"a\": null}}]}",
        "{\"revisions\": [{\"fromMonth\": 7.5}]}", "{\"sharedCost\": 1, \"sharedCost\": 2}",
        new string('[', 5000), "\u0000\u0001\u0002", "{\"municipalities\": [null, null], \"criteria\": [null], \"sharedCost\": 0}",
        "{\"municipalities\": [{\"code\": \"638\", \"indicators\": {\"x\": 1e-30}}], \"criteria\": [{\"indicator\": \"x\", \"weightPercent\": 100}], \"sharedCost\": 1}",
    ];

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task Garbage_is_a_400_problem(string body)
    {
        using var client = app.WithToken();
        foreach (var endpoint in new[] { "calculate", "reconcile" })
        {
            using var response = await client.PostJsonAsync($"/api/v1/cost-sharing/{endpoint}", body);
            await response.ProblemAsync(400);
        }
    }

    [Fact]
    public async Task Random_bytes_are_a_400_problem()
    {
        var random = new Random(20251);
        using var client = app.WithToken();
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new("application/json") { CharSet = Encoding.UTF8.WebName };
            using var response = await client.PostAsync("/api/v1/cost-sharing/calculate", content);
            await response.ProblemAsync(400);
        }
    }
}

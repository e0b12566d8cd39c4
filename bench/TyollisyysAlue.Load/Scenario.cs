using System.Net.Http.Headers;
using System.Text;

namespace TyollisyysAlue.Load;

/// <summary>One request kind of the mix: its name in the report, its weight, which client sends it and how to build it.</summary>
public sealed record Step(string Name, int Weight, bool Api, Func<HttpRequestMessage> Build);

/// <summary>
/// The mix. Porvoo users read the area's server-rendered pages, the Kuopio administrator the offices page and now and
/// then the plan PDF; everyone also calls the read API and the stateless calculation with the README's demo token.
/// </summary>
public static class Scenario
{
    public const string DemoToken = "ta_AAAAoQAAAECAAAAAAAAGOA_demo-porvoo-2025-readme-token-not-a-real-secret";

    public static readonly string[] Users =
        ["planner.porvoo@example.fi", "committee.porvoo@example.fi", "viewer.porvoo@example.fi", "admin.kuopio@example.fi"];

    // Three municipalities, residents and unemployed at 50 % each, 1 000,00 € shared, Porvoo charged 100,00 € directly
    // (the body of the API tests, Bodies.Calculate).
    private const string CalculateBody = """
        {"municipalities":[
          {"code":"638","name":"Porvoo","indicators":{"residents":1,"unemployed":30}},
          {"code":"020","name":"Akaa","indicators":{"residents":1,"unemployed":60}},
          {"code":"407","name":"Lapinjärvi","indicators":{"residents":1,"unemployed":10}}],
         "criteria":[{"indicator":"residents","weightPercent":50},{"indicator":"unemployed","weightPercent":50}],
         "sharedCost":1000.00,"directCharges":[{"code":"638","amount":100.00}]}
        """;

    public static HttpClient ApiClient(Uri baseAddress)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DemoToken);
        return client;
    }

    public static IReadOnlyList<Step> StepsFor(string area, string? planPdf)
    {
        List<Step> steps = area == "kuopio"
            ? [Page("/areas/kuopio/offices", 40)]
            : [Page("/areas/porvoo", 10), Page("/areas/porvoo/budget", 10), Page("/areas/porvoo/plan", 10),
               Page("/areas/porvoo/services", 10)];
        steps.Add(new Step("GET /api/v1/areas/2025/split", 20, true, () => Get("/api/v1/areas/2025/split")));
        steps.Add(new Step("POST /api/v1/cost-sharing/calculate", 20, true, () => new HttpRequestMessage(HttpMethod.Post, Relative("/api/v1/cost-sharing/calculate"))
        {
            Content = new StringContent(CalculateBody, Encoding.UTF8, "application/json"),
        }));
        if (area == "kuopio" && planPdf is not null)
            steps.Add(new Step("GET /areas/kuopio/plan/versions/{id}/export.pdf", 1, false, () => Get(planPdf)));
        return steps;
    }

    public static Step Pick(IReadOnlyList<Step> steps, Random random)
    {
        var roll = random.Next(steps.Sum(s => s.Weight));
        foreach (var step in steps)
            if ((roll -= step.Weight) < 0) return step;
        return steps[^1];
    }

    private static Step Page(string path, int weight) => new("GET " + path, weight, false, () => Get(path));
    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, Relative(path));
    private static Uri Relative(string path) => new(path, UriKind.Relative);
}

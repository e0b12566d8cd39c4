using System.Net.Http.Headers;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>
/// Problem details texts come from the resource table in the client's language (Accept-Language fi, sv or en; English
/// without one), while the codes stay the same in every language.
/// </summary>
[Collection(AppCollection.Name)]
public class ProblemLanguageTests(AppFixture app)
{
    [Theory]
    [InlineData(null, "One or more validation errors occurred.", "The weights must sum to exactly 100 %.")]
    [InlineData("sv-FI,sv;q=0.9", "Indata innehåller fel.", "Vikterna ska summera till exakt 100 %.")]
    [InlineData("de-DE, fi;q=0.5", "Syötteissä on virheitä.", "Painojen summan on oltava tasan 100 %.")]
    public async Task Field_errors_and_titles_are_in_the_clients_language(string? acceptLanguage, string title, string message)
    {
        using var client = app.WithToken();
        if (acceptLanguage is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        var body = Bodies.Calculate();
        body["criteria"]![1]!["weightPercent"] = 40;
        using var response = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", body);
        var problem = await response.ProblemAsync(400);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("criteria")[0].GetString());
        Assert.Equal("cost-sharing.weights-not-100", problem.GetProperty("codes").GetProperty("criteria")[0].GetString());
    }

    [Fact]
    public async Task An_amount_in_a_message_is_written_the_Finnish_way()
    {
        using var client = app.WithToken();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var body = Bodies.Calculate();
        body["sharedCost"] = 1_000_000_000_000.01m;
        using var response = await client.PostJsonAsync("/api/v1/cost-sharing/calculate", body);
        var problem = await response.ProblemAsync(400);

        Assert.Equal("An amount can be at most 1\u00a0000\u00a0000\u00a0000\u00a0000,00 €.",
            problem.GetProperty("errors").GetProperty("sharedCost")[0].GetString());
    }
}

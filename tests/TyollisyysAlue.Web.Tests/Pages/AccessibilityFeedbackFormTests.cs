using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>
/// The accessibility statement's feedback form over HTTP, as a browser without script posts it: stored and confirmed with
/// the answer's due date; refused without the antiforgery token; over the per-address limit a 429 with a message and
/// nothing stored; field errors in the reader's language. Porvoo's administrator then finds it on the area's list.
/// </summary>
[Collection(AppCollection.Name)]
public partial class AccessibilityFeedbackFormTests(AppFixture app)
{
    private static HttpRequestMessage Request(HttpMethod method, string culture, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, "/accessibility") { Content = content };
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        return request;
    }

    private static async Task<(string Token, string Porvoo)> OpenFormAsync(HttpClient client, string culture = "fi-FI")
    {
        using var response = await client.SendAsync(Request(HttpMethod.Get, culture));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return (SignIn.AntiforgeryTokenIn(html), PorvooOption().Match(html).Groups[1].Value);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string culture, Dictionary<string, string> fields, string? token)
    {
        var form = new Dictionary<string, string>(fields) { ["_handler"] = "a11y-feedback" };
        if (token is not null) form["__RequestVerificationToken"] = token;
        return await client.SendAsync(Request(HttpMethod.Post, culture, new FormUrlEncodedContent(form)));
    }

    private async Task<string> PorvooAdminListAsync()
    {
        using var admin = await app.SignedInAs("admin.porvoo@example.fi");
        return WebUtility.HtmlDecode(await admin.GetStringAsync("/areas/porvoo/feedback"));
    }

    [Theory]
    [InlineData("fi-FI", "Kiitos! Palautteesi vastaanotettiin", "Vastaamme siihen viimeistään")]
    [InlineData("sv-FI", "Tack! Din respons togs emot", "Vi svarar på den senast")]
    public async Task Anonymous_feedback_is_stored_and_confirmed_with_its_due_date_and_the_area_administrator_sees_it(string culture, string thanks, string due)
    {
        using var client = app.Anonymous();
        var (token, porvoo) = await OpenFormAsync(client, culture);
        Assert.NotEmpty(porvoo);
        var message = $"Kaavion värit eivät erotu {Guid.NewGuid():N}";
        using var response = await PostAsync(client, culture, new()
        {
            ["Form.Message"] = message, ["Form.AreaId"] = porvoo, ["Form.Email"] = "liisa@example.fi", ["Form.Page"] = "Talousarvio",
        }, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(thanks, html, StringComparison.Ordinal);
        Assert.Contains(due, html, StringComparison.Ordinal);
        Assert.Matches(@"\d{1,2}\.\d{1,2}\.\d{4}", html[html.IndexOf("data-testid=\"feedback-sent\"", StringComparison.Ordinal)..]);

        var list = await PorvooAdminListAsync();
        Assert.Contains(message, list, StringComparison.Ordinal);
        Assert.Contains("liisa@example.fi", WebUtility.HtmlDecode(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        using var client = app.Anonymous();
        await OpenFormAsync(client);
        var message = $"Forged {Guid.NewGuid():N}";
        using var response = await PostAsync(client, "fi-FI", new() { ["Form.Message"] = message }, token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(message, await PorvooAdminListAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi-FI", "Kirjoita palaute.", "Anna sähköpostiosoite muodossa")]
    [InlineData("sv-FI", "Skriv din respons.", "Ange e-postadressen i formen")]
    public async Task Field_errors_are_shown_in_the_readers_language_and_the_typed_values_stay(string culture, string messageError, string emailError)
    {
        using var client = app.Anonymous();
        var (token, _) = await OpenFormAsync(client, culture);
        using var response = await PostAsync(client, culture, new() { ["Form.Message"] = " ", ["Form.Email"] = "liisa@", ["Form.Name"] = "Liisa" }, token);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(messageError, html, StringComparison.Ordinal);
        Assert.Contains(emailError, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Liisa\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"feedback-sent\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_over_the_hourly_limit_per_address_get_429_with_a_message_and_nothing_is_stored()
    {
        await using var limited = app.Factory.WithWebHostBuilder(builder => builder.UseSetting("RateLimiting:FeedbackPerAddressPerHour", "2"));
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var (token, porvoo) = await OpenFormAsync(client);
        var messages = Enumerable.Range(1, 3).Select(i => $"Limit {i} {Guid.NewGuid():N}").ToList();
        var statuses = new List<HttpStatusCode>();
        foreach (var message in messages)
        {
            using var response = await PostAsync(client, "fi-FI", new() { ["Form.Message"] = message, ["Form.AreaId"] = porvoo }, token);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(1));
                Assert.Contains("liian monta palautetta", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        // Reading the statement is not limited.
        using var page = await client.SendAsync(Request(HttpMethod.Get, "fi-FI"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var list = await PorvooAdminListAsync();
        Assert.Contains(messages[0], list, StringComparison.Ordinal);
        Assert.DoesNotContain(messages[2], list, StringComparison.Ordinal);
    }

    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\">(?:Porvoo|Borgå)[^<]*</option>")]
    private static partial Regex PorvooOption();
}

using System.Net;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.TestSupport;

/// <summary>Signs in through the real sign-in form (antiforgery token and all), as a browser would.</summary>
public static partial class SignIn
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = "/account/login" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var form = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Form.Email"] = email,
            ["Form.Password"] = password,
        }));
    }

    /// <summary>A client with its own cookies, signed in as the given demo user.</summary>
    public static async Task<HttpClient> ClientForAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string email,
        string password = Infrastructure.Seeding.DemoUsers.Password)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The antiforgery token of a form page, HTML-decoded, to post as a browser would.</summary>
    public static string AntiforgeryTokenIn(string html) => WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

namespace TyollisyysAlue.TestSupport;

/// <summary>Switches a client's language as the language menu does: a POST of /culture/set with the antiforgery token.</summary>
public static class Language
{
    public static async Task<HttpResponseMessage> SetAsync(HttpClient client, string culture, string returnUrl = "/")
    {
        var page = await client.GetStringAsync("/account/login"); // any form page issues a token for this client
        var token = SignIn.AntiforgeryTokenIn(page);
        return await client.PostAsync("/culture/set", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["culture"] = culture,
            ["returnUrl"] = returnUrl,
        }));
    }
}

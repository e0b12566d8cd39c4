using System.Net;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.TwoNode;

/// <summary>
/// Without a browser: a sign-in through nginx; the same sign-in cookie valid directly on each node (they share the
/// Data Protection keys in PostgreSQL); one browser's requests all answered by one node (the <c>ta_node</c> affinity
/// cookie), while new browsers are spread over both nodes.
/// </summary>
public static partial class HttpChecks
{
    private const string Password = "Demo-salasana-2025";
    private const string User = "planner.porvoo@example.fi";
    private const string AreaPage = "/areas/porvoo";

    public static async Task RunAsync(Options options, Results results)
    {
        var cookies = new CookieContainer();
        using var browser = Client(options.Proxy, cookies);
        var signedInBy = await SignInAsync(browser);
        var session = cookies.GetCookies(options.Proxy).Where(c => c.Name != "ta_node").ToList();
        results.Check("sign-in through nginx", signedInBy is not null && session.Count > 0,
            $"POST /account/login answered by {signedInBy ?? "nobody"}, {session.Count} cookies (ta_node: {cookies.GetCookies(options.Proxy)["ta_node"]?.Value ?? "none"})");

        // The same sign-in cookie, sent straight to each node without the affinity cookie: both must show the page.
        var sessionHeader = string.Join("; ", session.Select(c => $"{c.Name}={c.Value}"));
        foreach (var (name, url) in options.Nodes)
        {
            using var direct = Client(url, new CookieContainer());
            using var request = new HttpRequestMessage(HttpMethod.Get, AreaPage);
            request.Headers.Add("Cookie", sessionHeader);
            using var response = await direct.SendAsync(request);
            var answeredBy = NodeOf(response);
            results.Check($"sign-in cookie valid on {name}", response.StatusCode == HttpStatusCode.OK && answeredBy == name,
                $"GET {AreaPage} directly on {url.Authority}: {(int)response.StatusCode} from {answeredBy ?? "?"}" +
                (response.Headers.Location is { } location ? $" → {location}" : ""));
        }

        // Sticky: one browser (its cookies) asks 20 times through nginx; one node answers all.
        var seen = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await browser.GetAsync(new Uri(AreaPage, UriKind.Relative));
            seen.Add($"{(int)response.StatusCode}:{NodeOf(response) ?? "?"}");
        }
        var distinct = seen.Distinct().ToList();
        results.Check("sticky: one browser, one node", distinct.Count == 1 && distinct[0].StartsWith("200:", StringComparison.Ordinal),
            $"20 requests through nginx answered as {string.Join(", ", distinct)}");

        // New browsers (no cookies) get a node each by their first request's id: both nodes get some.
        var firstNodes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            using var fresh = Client(options.Proxy, new CookieContainer());
            using var response = await fresh.GetAsync(new Uri("/account/login", UriKind.Relative));
            firstNodes.Add(NodeOf(response) ?? "?");
        }
        var spread = firstNodes.GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());
        results.Check("new browsers spread over both nodes", options.Nodes.Keys.All(spread.ContainsKey),
            "20 new browsers: " + string.Join(", ", spread.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
    }

    private static HttpClient Client(Uri baseAddress, CookieContainer cookies) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies,
    }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Signs in through the real form; returns the node that accepted the password, or null.</summary>
    private static async Task<string?> SignInAsync(HttpClient browser)
    {
        var form = await browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            ["Form.Email"] = User,
            ["Form.Password"] = Password,
        });
        using var response = await browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);
        return response.StatusCode == HttpStatusCode.Redirect ? NodeOf(response) : null;
    }

    private static string? NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Node", out var values) ? values.FirstOrDefault() : null;

    private static string Hidden(string html, string name)
    {
        var match = HiddenField().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"The sign-in page has no hidden field '{name}'.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();
}

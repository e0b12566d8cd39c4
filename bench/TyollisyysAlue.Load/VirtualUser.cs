using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Load;

/// <summary>
/// One browser: its own cookie container, signed in through the real form (antiforgery token and the form's
/// <c>_handler</c> read from the page). Redirects are not followed, so a lost session shows as a 302 error.
/// </summary>
public sealed partial class VirtualUser(string email, Uri baseAddress) : IDisposable
{
    public const string DemoPassword = "Demo-salasana-2025";

    private readonly HttpClient _browser = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(),
    }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public string Email { get; } = email;
    public string Area { get; } = email.Split('@')[0].Split('.')[^1];
    public HttpClient Browser => _browser;
    public Recorder Recorder { get; } = new();

    public async Task SignInAsync()
    {
        var form = await _browser.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            ["Form.Email"] = Email,
            ["Form.Password"] = DemoPassword,
        };
        using var content = new FormUrlEncodedContent(fields);
        using var response = await _browser.PostAsync(new Uri("/account/login", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {Email} answered {(int)response.StatusCode}, not a redirect.");
    }

    /// <summary>Sends one request, reads the whole body and records the time (when <paramref name="record"/>).</summary>
    public async Task SendAsync(HttpClient client, string name, Func<HttpRequestMessage> request, bool record = true)
    {
        var started = Stopwatch.GetTimestamp();
        int status;
        try
        {
            using var message = request();
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead);
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(Stream.Null);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            status = 0; // no answer (connection refused, reset or timed out)
        }
        if (record) Recorder.Add(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, status);
    }

    private static string Hidden(string html, string name)
    {
        var match = HiddenField().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"The sign-in page has no hidden field '{name}'.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input[^>]*?name=\"(?<name>[^\"]+)\"[^>]*?value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenField();

    public void Dispose() => _browser.Dispose();
}

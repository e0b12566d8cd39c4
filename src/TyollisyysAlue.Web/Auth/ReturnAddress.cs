using System.Text;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// Where to go back to after signing in or switching the language (issue 11, finding 7): a path of this site, or the
/// home page. Never another site (an open redirect is a phishing aid) and never a 500: control characters, backslashes
/// and protocol-relative forms give the home page; letters outside ASCII are percent-encoded so the Location header
/// stays valid (<c>/ä</c> → <c>/%C3%A4</c>).
/// </summary>
public static class ReturnAddress
{
    public const string Home = "/";

    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl[0] != '/') return Home;
        if (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') return Home;
        var safe = new StringBuilder(returnUrl.Length);
        foreach (var rune in returnUrl.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value == '\\' || Rune.IsWhiteSpace(rune) && rune.Value != ' ') return Home;
            if (rune.Value is > 0x7F or ' ') safe.Append(Uri.EscapeDataString(rune.ToString()));
            else safe.Append((char)rune.Value);
        }
        return safe.ToString();
    }
}

namespace TyollisyysAlue.Infrastructure.Markup;

/// <summary>
/// The URL allow-list of plan text, the same for the page, the PDF's link actions and the .docx's hyperlink
/// relationships: http, https and mailto, and relative addresses within the app. Everything else — javascript:,
/// data:, file://, smb://, search-ms:, a protocol-relative //host — is not a link (its text stays as text).
/// </summary>
public static class SafeUrl
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    public static bool IsAllowed(string? url) => IsAbsolute(url) || IsRelative(url);

    /// <summary>An http, https or mailto address: the only links a document outside the app can carry.</summary>
    public static bool IsAbsolute(string? url) =>
        Clean(url) is { } clean && Uri.TryCreate(clean, UriKind.Absolute, out var uri) && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeMailto || !string.IsNullOrEmpty(uri.Host));

    /// <summary>A path within the app ("/areas/porvoo/plan", "liite.pdf", "#kohta"): no scheme, no other host.</summary>
    public static bool IsRelative(string? url)
    {
        if (Clean(url) is not { } clean || clean.StartsWith("//", StringComparison.Ordinal) || clean.StartsWith(@"\\", StringComparison.Ordinal)) return false;
        // "javascript:…", "search-ms:…", "c:\…": anything with a scheme before the first '/', '?' or '#' is not relative.
        var end = clean.IndexOfAny(['/', '?', '#']);
        var head = end < 0 ? clean : clean[..end];
        return !head.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(clean, UriKind.Relative, out _);
    }

    /// <summary>Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"): so does this check.</summary>
    private static string? Clean(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var clean = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return clean.Length == 0 ? null : clean;
    }
}

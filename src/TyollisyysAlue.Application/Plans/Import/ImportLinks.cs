namespace TyollisyysAlue.Application.Plans.Import;

/// <summary>
/// The allow-list of link targets an imported document may keep: absolute http, https and mailto addresses.
/// Anything else (file:, javascript:, a path on someone's disk, an anchor inside the document) keeps its text only.
/// </summary>
public static class ImportLinks
{
    private static readonly string[] Schemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    public static bool IsAllowed(string? target) =>
        !string.IsNullOrWhiteSpace(target)
        && Uri.TryCreate(target.Trim(), UriKind.Absolute, out var uri)
        && Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
        && (uri.Scheme == Uri.UriSchemeMailto || !string.IsNullOrEmpty(uri.Host));
}

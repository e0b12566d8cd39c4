using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TyollisyysAlue.Domain.Access;

/// <summary>
/// The text of an API token: <c>ta_</c>, the area's id (22 characters of base64url), <c>_</c>, then the secret
/// (32 random bytes as 43 base64url characters). The area part lets the server enter that area before it looks the
/// token up, so the lookup runs under the area's row-level security like every other query. It grants nothing by
/// itself: only a stored hash of the whole token does.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "ta_";
    private const int AreaLength = 22;
    private const int MinSecretLength = 32;

    /// <summary>A new token for the area and the hash to store. The token is shown once and never stored.</summary>
    public static (string Token, string Hash) Create(Guid areaId)
    {
        var token = Compose(areaId, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)));
        return (token, Hash(token));
    }

    /// <summary>A token with a chosen secret: for demo data only, where a fixed token is published in the README.</summary>
    public static string Compose(Guid areaId, string secret)
    {
        if (secret.Length < MinSecretLength || !IsBase64Url(secret))
            throw new ArgumentException($"A secret is at least {MinSecretLength} base64url characters.", nameof(secret));
        return Prefix + Base64Url.EncodeToString(areaId.ToByteArray()) + "_" + secret;
    }

    /// <summary>Reads the area out of a token of the right shape; false for anything else.</summary>
    public static bool TryReadArea(string? token, out Guid areaId)
    {
        areaId = Guid.Empty;
        if (token is null || token.Length < Prefix.Length + AreaLength + 1 + MinSecretLength
            || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + AreaLength] != '_'
            || !IsBase64Url(token.AsSpan(Prefix.Length + AreaLength + 1))) return false;
        Span<byte> bytes = stackalloc byte[16];
        var area = token.AsSpan(Prefix.Length, AreaLength);
        if (!IsBase64Url(area) || !Base64Url.TryDecodeFromChars(area, bytes, out var written) || written != 16) return false;
        areaId = new Guid(bytes);
        return true;
    }

    /// <summary>Lower-case hex SHA-256 of the token. A fast hash is enough: the token carries 256 random bits.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool IsBase64Url(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_') return false;
        return true;
    }
}

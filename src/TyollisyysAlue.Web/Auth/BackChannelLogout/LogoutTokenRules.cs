using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TyollisyysAlue.Web.Auth.BackChannelLogout;

/// <summary>What a valid logout token says: whose sessions the provider has ended (<c>sub</c> and/or <c>sid</c>), and its id.</summary>
public sealed record LogoutToken(string Issuer, string? Subject, string? SessionId, string TokenId);

/// <summary>The outcome of checking a logout token: the token, or why it was refused (for the log only, never the answer).</summary>
public sealed record LogoutTokenCheck(LogoutToken? Token, string? Refusal, bool SigningKeyUnknown = false)
{
    public static LogoutTokenCheck Refused(string reason, bool signingKeyUnknown = false) => new(null, reason, signingKeyUnknown);
}

/// <summary>
/// OpenID Connect Back-Channel Logout 1.0, §2.6: a logout token is accepted only when it is signed by one of the
/// provider's published keys with an algorithm it lists for ID tokens (never <c>alg: none</c>), its <c>iss</c> is the provider's issuer and its <c>aud</c> our
/// client id, <c>iat</c> is present and recent (<c>exp</c>, when present, not past), <c>events</c> holds the
/// back-channel logout event, <c>sub</c> and/or <c>sid</c> is present, <c>jti</c> is present, and there is no
/// <c>nonce</c> (which tells an ID token apart from a logout token). The times are checked against the app's clock.
/// </summary>
public static class LogoutTokenRules
{
    public const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";

    /// <summary>How old a token may be: the provider sends it at once (oidc-provider's tokens live 2 minutes).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    /// <summary>The difference allowed between the provider's clock and ours.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(2);

    public static async Task<LogoutTokenCheck> CheckAsync(string token, OpenIdConnectConfiguration provider, string clientId, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(provider.Issuer)) return LogoutTokenCheck.Refused("the provider's metadata names no issuer");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = provider.Issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = provider.SigningKeys,
            RequireSignedTokens = true, // never alg: none
            // As for ID tokens: the algorithms the provider says it signs with, when it says.
            ValidAlgorithms = provider.IdTokenSigningAlgValuesSupported.Count > 0 ? provider.IdTokenSigningAlgValuesSupported : null,
            ValidateIssuerSigningKey = true,
            // Lifetime and iat are checked below against the app's clock (TimeProvider), not the machine's.
            ValidateLifetime = false,
            RequireExpirationTime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            return LogoutTokenCheck.Refused(result.Exception?.Message ?? "not a valid token",
                result.Exception is SecurityTokenSignatureKeyNotFoundException);
        using var payload = JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.EncodedPayload)));
        return CheckClaims(payload.RootElement, provider.Issuer, now);
    }

    private static LogoutTokenCheck CheckClaims(JsonElement claims, string issuer, DateTimeOffset now)
    {
        if (claims.ValueKind != JsonValueKind.Object) return LogoutTokenCheck.Refused("the payload is not an object");
        if (claims.TryGetProperty("nonce", out _)) return LogoutTokenCheck.Refused("a nonce (an ID token, not a logout token)");
        if (Time(claims, "iat") is not { } issued) return LogoutTokenCheck.Refused("no iat");
        if (issued > now + ClockSkew || issued < now - MaxAge - ClockSkew) return LogoutTokenCheck.Refused($"iat {issued:O} is not recent");
        if (claims.TryGetProperty("exp", out _) && (Time(claims, "exp") is not { } expires || expires < now - ClockSkew))
            return LogoutTokenCheck.Refused("expired");
        if (!claims.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Object
            || !events.TryGetProperty(LogoutEvent, out var logout) || logout.ValueKind != JsonValueKind.Object)
            return LogoutTokenCheck.Refused("no back-channel logout event");
        var subject = Text(claims, "sub");
        var session = Text(claims, "sid");
        if (subject is null && session is null) return LogoutTokenCheck.Refused("neither sub nor sid");
        if (Text(claims, "jti") is not { } id) return LogoutTokenCheck.Refused("no jti");
        return new LogoutTokenCheck(new LogoutToken(issuer, subject, session, id), null);
    }

    private static string? Text(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text : null;

    private static DateTimeOffset? Time(JsonElement claims, string name) =>
        claims.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is >= 0 and <= MaxUnixSeconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    /// <summary>31.12.9999, the last second a <see cref="DateTimeOffset"/> holds.</summary>
    private const long MaxUnixSeconds = 253_402_300_799;
}

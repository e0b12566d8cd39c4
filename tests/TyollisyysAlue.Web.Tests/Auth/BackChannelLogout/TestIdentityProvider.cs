using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using TyollisyysAlue.Web.Auth.BackChannelLogout;

namespace TyollisyysAlue.Web.Tests.Auth.BackChannelLogout;

/// <summary>
/// A provider's metadata and signing key, made up for the tests, and the logout tokens it (or an attacker with another
/// key) would send. <see cref="Claims"/> gives a valid token's claims; tests change or remove one to break it.
/// </summary>
internal sealed class TestIdentityProvider
{
    public const string Issuer = "https://login.example.fi/tenant/v2.0";
    public const string ClientId = "tyollisyysalue";

    public const string KeyId = "provider-key";

    private readonly RsaSecurityKey _key = NewKey(KeyId);

    public TestIdentityProvider()
    {
        Configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        Configuration.SigningKeys.Add(_key);
    }

    public OpenIdConnectConfiguration Configuration { get; }

    /// <summary>The claims of a valid logout token for <paramref name="subject"/> issued at <paramref name="now"/>.</summary>
    public static Dictionary<string, object?> Claims(string subject, DateTimeOffset now) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = ClientId,
        ["iat"] = now.ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(2).ToUnixTimeSeconds(),
        ["jti"] = Guid.NewGuid().ToString("N"),
        ["sub"] = subject,
        ["sid"] = "provider-session-1",
        ["events"] = new Dictionary<string, object> { [LogoutTokenRules.LogoutEvent] = new Dictionary<string, object>() },
    };

    /// <summary>
    /// Signed with the provider's key, or with a forger's key when <paramref name="forgerKeyId"/> is given (the
    /// provider's own key id, as a forger would claim it, or another); null claims are left out.
    /// </summary>
    public string Token(Dictionary<string, object?> claims, string? forgerKeyId = null)
    {
        var payload = JsonSerializer.Serialize(claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value));
        var key = forgerKeyId is null ? _key : NewKey(forgerKeyId);
        return new JsonWebTokenHandler().CreateToken(payload, new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            new Dictionary<string, object> { ["typ"] = "logout+jwt" });
    }

    /// <summary>A token that says it needs no signature (<c>alg: none</c>).</summary>
    public static string Unsigned(Dictionary<string, object?> claims) =>
        Base64UrlEncoder.Encode("""{"alg":"none","typ":"logout+jwt"}""") + "."
        + Base64UrlEncoder.Encode(JsonSerializer.Serialize(claims.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value))) + ".";

    private static RsaSecurityKey NewKey(string id) => new(RSA.Create(2048)) { KeyId = id };
}

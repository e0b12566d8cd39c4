using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace TyollisyysAlue.Web.Auth.BackChannelLogout;

/// <summary>
/// Checks a logout token (<see cref="LogoutTokenRules"/>) against the provider's metadata and keys as the OpenID Connect
/// handler knows them (its configuration manager: fetched once, cached, refreshed on its schedule), and refuses a token
/// id (<c>jti</c>) seen before. Unknown signing key: the keys are fetched again once (the provider may have rotated
/// them; the manager limits how often), then the token is checked again.
/// </summary>
public sealed class LogoutTokenValidator(IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider clock, SeenLogoutTokens seen)
{
    public async Task<LogoutTokenCheck> CheckAsync(string token, CancellationToken ct)
    {
        var options = oidc.Get(AuthSetup.OidcScheme);
        var manager = options.ConfigurationManager
            ?? throw new InvalidOperationException("The OpenID Connect handler has no configuration manager.");
        var check = await LogoutTokenRules.CheckAsync(token, await manager.GetConfigurationAsync(ct), options.ClientId!, clock.GetUtcNow());
        if (check.SigningKeyUnknown)
        {
            manager.RequestRefresh();
            check = await LogoutTokenRules.CheckAsync(token, await manager.GetConfigurationAsync(ct), options.ClientId!, clock.GetUtcNow());
        }
        if (check.Token is { } valid && !seen.FirstTime(valid, clock.GetUtcNow())) return LogoutTokenCheck.Refused("replayed (jti seen before)");
        return check;
    }
}

/// <summary>
/// Replay protection: the ids of logout tokens accepted lately, in memory (one app instance; a second instance would
/// accept a replay once, which can only end sessions the provider has already ended). An id is kept as long as a
/// token with it could still pass the age check; older ids are dropped when a new one comes.
/// </summary>
public sealed class SeenLogoutTokens
{
    private static readonly TimeSpan KeepFor = LogoutTokenRules.MaxAge + LogoutTokenRules.ClockSkew * 2;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public bool FirstTime(LogoutToken token, DateTimeOffset now)
    {
        foreach (var (id, at) in _seen)
            if (at < now - KeepFor) _seen.TryRemove(id, out _);
        return _seen.TryAdd(token.Issuer + " " + token.TokenId, now);
    }
}

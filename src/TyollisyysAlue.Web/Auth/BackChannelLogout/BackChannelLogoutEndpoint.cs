using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth.BackChannelLogout;

/// <summary>
/// OpenID Connect Back-Channel Logout 1.0: when a user signs out at the organisation's identity provider, the provider
/// posts a signed logout token here (server to server: no cookie, no antiforgery token, anonymous). A valid token ends
/// every app session of that user through <see cref="IUserSessions"/> — the one place sessions end, as the app's own
/// sign-out does — and is recorded in the log. Answers (§2.8): 200 when the logout is done (also when no user of ours
/// has that subject: nothing to end), 400 with no detail when the token is invalid or names no subject we can use,
/// 404 when organisation sign-in is not configured. Never cached. Rate limited per client address (RateLimits).
/// </summary>
public static class BackChannelLogoutEndpoint
{
    public const string Path = "/signout-backchannel-oidc";

    /// <summary>A logout token is a few hundred bytes; anything much larger is not one.</summary>
    private const int MaxBytes = 16 * 1024;

    public static void MapBackChannelLogout(this WebApplication app) =>
        app.MapPost(Path, LogOutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> LogOutAsync(HttpContext http, IConfiguration configuration, ILoggerFactory loggers)
    {
        // The answer is for the provider's server: no cache, and no "not found" page in place of the status.
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        if (!AuthSetup.IsOpenIdConnectConfigured(configuration)) return Results.NotFound();
        // Services resolved only from here on: the validator exists only when organisation sign-in is configured.
        var log = loggers.CreateLogger(typeof(BackChannelLogoutEndpoint));
        var token = await LogoutTokenOfAsync(http.Request);
        if (token is null) return Invalid(log, "no logout_token form field");
        var check = await http.RequestServices.GetRequiredService<LogoutTokenValidator>().CheckAsync(token, http.RequestAborted);
        if (check.Token is not { } valid) return Invalid(log, check.Refusal);
        // Our sessions are per user (the security stamp), not per provider session: a token naming only a sid cannot be matched.
        if (valid.Subject is not { } subject) return Invalid(log, "only a sid, no sub");
        var users = await OrganisationSubject.FindUsersAsync(http.RequestServices.GetRequiredService<UserManager<ApplicationUser>>(), subject);
        if (users.Count == 0)
        {
            log.LogInformation("Back-channel logout from {Issuer} for subject {Subject}: no user of this app has it, nothing to end", valid.Issuer, subject);
            return Results.Ok();
        }
        var sessions = http.RequestServices.GetRequiredService<IUserSessions>();
        foreach (var user in users)
        {
            await sessions.EndAsync(user.Id, http.RequestAborted);
            log.LogWarning("Security: user {UserId} signed out by the identity provider {Issuer} (back-channel logout, sub {Subject}, sid {Sid}, jti {Jti}): every session of the user ended",
                user.Id, valid.Issuer, subject, valid.SessionId, valid.TokenId);
        }
        return Results.Ok();
    }

    /// <summary>The one <c>logout_token</c> field of a form post of reasonable size, else null.</summary>
    private static async Task<string?> LogoutTokenOfAsync(HttpRequest request)
    {
        if (!request.HasFormContentType || request.ContentLength is null or > MaxBytes) return null;
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        return form["logout_token"] is [{ Length: > 0 } token] ? token : null;
    }

    /// <summary>400 with the standard error code only; the reason goes to the log.</summary>
    private static IResult Invalid(ILogger log, string? reason)
    {
        log.LogWarning("Back-channel logout refused: {Reason}", reason);
        return Results.Json(new { error = "invalid_request" }, statusCode: StatusCodes.Status400BadRequest);
    }
}

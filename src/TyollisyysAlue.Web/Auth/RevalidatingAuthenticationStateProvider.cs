using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using TyollisyysAlue.Infrastructure.Identity;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// A connected circuit's user is re-checked the moment their sessions end (<see cref="SessionRevocations"/>: sign-out,
/// a removed or lowered role) and every minute besides (a deactivated account, another app instance): a user whose
/// cookie would no longer be accepted becomes anonymous in the open tab at once, which sends the page to sign-in.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SessionRevocations _revocations;
    private readonly ILogger _logger;

    public RevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, SessionRevocations revocations)
        : base(loggerFactory)
    {
        _scopes = scopes;
        _revocations = revocations;
        _logger = loggerFactory.CreateLogger<RevalidatingAuthenticationStateProvider>();
        _revocations.Ended += OnSessionsEnded;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await SessionValidation.IsCurrentAsync(scope.ServiceProvider, authenticationState.User, cancellationToken);
    }

    private void OnSessionsEnded(Guid userId) => _ = EndIfOursAsync(userId);

    private async Task EndIfOursAsync(Guid userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.UserId() != userId || await ValidateAuthenticationStateAsync(state, CancellationToken.None)) return;
            _logger.LogInformation("Circuit of {User} signed out: the user's sessions ended", userId);
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // The periodic re-check catches what this missed; a signal must never take the publisher down.
            _logger.LogWarning(error, "Circuit re-check after the end of {User}'s sessions failed", userId);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _revocations.Ended -= OnSessionsEnded;
        base.Dispose(disposing);
    }
}

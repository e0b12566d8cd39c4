using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using TyollisyysAlue.Application.Common;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// For Blazor circuits what <see cref="AreaContextMiddleware"/> is for HTTP requests: the circuit's user becomes its
/// <see cref="AreaContext"/> user when the circuit opens, so that pages outside an area (home, app bar) can read the
/// user's own role assignments, which row-level security shows only to that user.
/// </summary>
public sealed class AreaContextCircuitHandler(AuthenticationStateProvider authentication, AreaContext areaContext) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.UserId() is { } userId) areaContext.SetUser(userId, user.Identity?.Name, user.IsSystemAdministrator());
    }
}

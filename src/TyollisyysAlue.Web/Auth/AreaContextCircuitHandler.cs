using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Web.Components.Prerendering;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// For Blazor circuits what <see cref="AreaContextMiddleware"/> is for HTTP requests: the circuit's user becomes its
/// <see cref="AreaContext"/> user when the circuit opens, so that pages outside an area (home, app bar) can read the
/// user's own role assignments, which row-level security shows only to that user. It also marks the scope as a
/// circuit (<see cref="CircuitScope"/>), before the first render, so that pages take over what prerendering loaded.
/// </summary>
public sealed class AreaContextCircuitHandler(AuthenticationStateProvider authentication, AreaContext areaContext, CircuitScope scope) : CircuitHandler
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        scope.MarkCircuit();
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.UserId() is { } userId) areaContext.SetUser(userId, user.Identity?.Name, user.IsSystemAdministrator());
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Web.Auth;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// Base for pages under /areas/{AreaKey}/…: resolves the area among the user's own areas (the page's policy has
/// already authorized), enters it in the scoped <see cref="AreaContext"/> so that every query of this page is
/// filtered to it, and answers "not found" for an unknown area.
/// </summary>
public abstract class AreaPageBase : ComponentBase
{
    [Parameter] public string AreaKey { get; set; } = string.Empty;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private UserAreaAccess Access { get; set; } = default!;
    [Inject] protected AreaContext AreaContext { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected UserArea? Area { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        Area = user.UserId() is { } userId ? await Access.FindAsync(userId, AreaKey) : null;
        if (Area is null)
        {
            Navigation.NotFound();
            return;
        }
        AreaContext.SetUser(user.UserId(), user.Identity?.Name, user.IsSystemAdministrator());
        AreaContext.EnterArea(Area.AreaId, Area.Roles);
        await OnAreaReadyAsync();
    }

    /// <summary>Load the page's data; the area is entered.</summary>
    protected virtual Task OnAreaReadyAsync() => Task.CompletedTask;
}

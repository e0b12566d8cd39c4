using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Web.Auth;
using TyollisyysAlue.Web.Components.Prerendering;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>
/// Base for pages under /areas/{AreaKey}/…: takes the area from the user's areas (<see cref="CurrentUserAreas"/>, the
/// same lookup the page's policy has just authorized with), enters it in the scoped <see cref="AreaContext"/> so that
/// every query of this page is filtered to it, and answers "not found" for an unknown area. Pages load their data in
/// <see cref="OnAreaReadyAsync"/>, the first time through <see cref="LoadOnceAsync{T}"/> so that the interactive render
/// takes over what prerendering loaded instead of querying again.
/// </summary>
public abstract class AreaPageBase : ComponentBase
{
    [Parameter] public string AreaKey { get; set; } = string.Empty;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] private CurrentUserAreas UserAreas { get; set; } = default!;
    [Inject] private PrerenderHandoff Handoff { get; set; } = default!;
    [Inject] protected AreaContext AreaContext { get; set; } = default!;
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    protected UserArea? Area { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = (await AuthenticationState).User;
        Area = await UserAreas.FindAsync(user, AreaKey);
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

    /// <summary>
    /// What prerendering loaded for this page, area and <paramref name="parameters"/> (year, version…), taken over once
    /// by the interactive render; otherwise <paramref name="load"/>. Reloads after an edit call the query directly.
    /// </summary>
    protected Task<T> LoadOnceAsync<T>(Func<Task<T>> load, params object?[] parameters) where T : class?
    {
        var what = string.Join(':', [GetType().Name, .. parameters.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))]);
        return Handoff.LoadOnceInAreaAsync(what, load);
    }
}

using System.Security.Claims;
using TyollisyysAlue.Application.Access;
using TyollisyysAlue.Web.Components.Prerendering;

namespace TyollisyysAlue.Web.Auth;

/// <summary>
/// The signed-in user's areas and roles, looked up once per request or circuit and shared by everything that asks
/// during it: the route policy (<see cref="AreaRoleHandler"/>), the layout (area switcher, navigation), the page
/// (<c>AreaPageBase</c>) and the area endpoints' filter. A circuit starts from what its prerendering found and reads
/// again after <see cref="RefreshAfter"/>, so that a role taken away stops showing in an open tab; writes do not rely on
/// this at all (the write pipeline re-checks the current role in the database).
/// </summary>
public sealed class CurrentUserAreas(UserAreaAccess access, PrerenderHandoff handoff, TimeProvider clock)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromMinutes(5);

    private Guid _user;
    private Task<IReadOnlyList<UserArea>>? _areas;
    private DateTimeOffset _readAt;

    /// <summary>The user's areas in the order of the area switcher; none for an anonymous user.</summary>
    public Task<IReadOnlyList<UserArea>> OfAsync(ClaimsPrincipal user)
    {
        if (user.UserId() is not { } userId) return Task.FromResult<IReadOnlyList<UserArea>>([]);
        var now = clock.GetUtcNow();
        if (_areas is null || _user != userId || now - _readAt > RefreshAfter || _areas.IsFaulted)
        {
            _user = userId;
            _readAt = now;
            // Shared as a task: the layout and the page ask at the same time during one render.
            _areas = handoff.LoadOnceAsync("user-areas", userId, () => access.AreasOfAsync(userId));
        }
        return _areas;
    }

    /// <summary>The user's roles in the area with this key, or null when the area is unknown or not the user's.</summary>
    public async Task<UserArea?> FindAsync(ClaimsPrincipal user, string? areaKey) =>
        areaKey is null ? null : (await OfAsync(user)).FirstOrDefault(a => a.Slug == areaKey);
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Infrastructure.Identity;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.TestSupport;

/// <summary>The app's own services working as a demo user in an area, as a page does once the user has opened it.</summary>
public static class Acting
{
    /// <summary>The demo administrator of a demo area.</summary>
    public static string AdministratorOf(Guid areaId) =>
        DemoUsers.All.FirstOrDefault(u => u.Roles.Any(r => r.Area == areaId && r.Role == Domain.Access.AreaRole.Administrator))?.Email
        ?? throw new ArgumentOutOfRangeException(nameof(areaId), "No demo administrator known for this area.");

    /// <summary>A scope whose AreaContext is the user in the area, with the roles the database gives them now.</summary>
    public static async Task<AsyncServiceScope> AsAsync(this IServiceProvider services, Guid areaId, string email)
    {
        var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No account {email}.");
        var context = scope.ServiceProvider.GetRequiredService<AreaContext>();
        context.SetUser(user.Id, email);
        context.EnterArea(areaId, await scope.ServiceProvider.GetRequiredService<ICurrentRights>().RolesInAreaAsync(user.Id, areaId, default));
        return scope;
    }
}

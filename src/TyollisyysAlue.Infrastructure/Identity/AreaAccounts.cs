using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Users;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>The invitation's account side for the write path: Identity finds or creates (and saves) the account.</summary>
internal sealed class AreaAccounts(UserManager<ApplicationUser> users, InvitationAccounts accounts) : IAreaAccounts
{
    public async Task<Guid?> FindAsync(string email, CancellationToken ct) => (await users.FindByEmailAsync(email))?.Id;

    public async Task<Guid?> FindOrCreateAsync(string email, string? name, CancellationToken ct) => (await accounts.FindOrCreateAsync(email, name))?.Id;
}

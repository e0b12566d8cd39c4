using Microsoft.AspNetCore.Identity;
using TyollisyysAlue.Application.Areas;
using TyollisyysAlue.Application.Common.Writing;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>An area's creation and the first administrator's invitation link (when the account has never been used).</summary>
public sealed record AreaCreationResult(WriteOutcome<NewAreaForm> Outcome, string? Link);

/// <summary>
/// The system administrator creates an employment area through the write path (<see cref="CreateArea"/>: the current
/// right read from the database, validation, one audited save); Identity then sends the first administrator's link.
/// </summary>
public sealed class SystemAreaCreation(UserManager<ApplicationUser> users, InvitationAccounts accounts, CreateArea create)
{
    public async Task<AreaCreationResult> CreateAsync(NewAreaForm form, CancellationToken ct = default)
    {
        var outcome = await create.RunAsync(form, ct);
        if (outcome is not WriteOutcome<NewAreaForm>.Saved) return new AreaCreationResult(outcome, null);
        var admin = await users.FindByEmailAsync(form.AdministratorEmail.Trim());
        return new AreaCreationResult(outcome, admin is not null && InvitationAccounts.NeedsLink(admin) ? await accounts.SendLinkAsync(admin, false, ct) : null);
    }
}

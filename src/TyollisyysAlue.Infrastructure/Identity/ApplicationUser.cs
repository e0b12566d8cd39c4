using Microsoft.AspNetCore.Identity;

namespace TyollisyysAlue.Infrastructure.Identity;

/// <summary>
/// A person who signs in. Global (one account, roles in several areas); area roles live in
/// <c>area_role_assignments</c>, which is area-owned.
/// </summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Creates areas and their first administrators; not a role inside any area.</summary>
    public bool IsSystemAdministrator { get; set; }

    /// <summary>A deactivated user cannot sign in; their history stays.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Invited but never taken into use (no password set, e-mail unconfirmed); unlike a deactivated account.</summary>
    public bool IsInvitationOpen => !EmailConfirmed && !IsActive;

    /// <summary>Accepting the invitation (by its link or by the organisation's sign-in) proves the address and activates.</summary>
    public void AcceptInvitation()
    {
        EmailConfirmed = true;
        IsActive = true;
    }
}

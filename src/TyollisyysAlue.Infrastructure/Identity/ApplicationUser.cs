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
}

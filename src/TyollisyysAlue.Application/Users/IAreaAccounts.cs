namespace TyollisyysAlue.Application.Users;

/// <summary>
/// The sign-in accounts behind area roles (ASP.NET Core Identity, in Infrastructure). An invitation creates an
/// inactive account for a new address; Identity saves it itself, the role assignment goes through the write path.
/// </summary>
public interface IAreaAccounts
{
    /// <summary>The account with this e-mail, or null.</summary>
    Task<Guid?> FindAsync(string email, CancellationToken ct);

    /// <summary>
    /// The account with this e-mail, created inactive with <paramref name="name"/> (none: the e-mail's local part) when
    /// there is none; an existing account keeps the name its owner has. Null when Identity refuses the address.
    /// </summary>
    Task<Guid?> FindOrCreateAsync(string email, string? name, CancellationToken ct);
}

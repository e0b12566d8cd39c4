using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Access;

/// <summary>
/// A bearer token with which a program reads its area's data through the HTTP API. Only the SHA-256 hash of the
/// token is kept (<see cref="SecretHash"/>); the token itself is shown once, when it is created.
/// </summary>
public class ApiToken : IAreaOwned
{
    public const int MaxNameLength = 100;

    public ApiToken(Guid id, Guid areaId, string name, string secretHash, Guid? createdBy, string? createdByName, DateTimeOffset createdAt,
        ApiScope scopes = ApiScope.Read)
    {
        if (scopes == ApiScope.None || (scopes & ~(ApiScope.Read | ApiScope.Import)) != 0)
            throw new DomainException("api-token.scopes", "A token needs at least one known scope (read, import).");
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxNameLength)
            throw new DomainException("api-token.name", $"A token needs a name of 1 to {MaxNameLength} characters.");
        Id = id;
        AreaId = areaId;
        Name = name.Trim();
        SecretHash = secretHash;
        CreatedBy = createdBy;
        CreatedByName = createdByName;
        CreatedAt = createdAt;
        Scopes = scopes;
    }

    /// <summary>What the token may do; checked again at every use (a token cannot widen its own scopes).</summary>
    public ApiScope Scopes { get; private set; }

    public bool Allows(ApiScope scope) => !IsRevoked && (Scopes & scope) == scope;

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    /// <summary>What the token is for, e.g. "Talousjärjestelmä".</summary>
    public string Name { get; private set; }
    /// <summary>Lower-case hex SHA-256 of the whole token (<see cref="ApiTokenSecret.Hash"/>).</summary>
    public string SecretHash { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public string? CreatedByName { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedByName { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>From now on the token authenticates nothing. Revoking twice keeps the first time.</summary>
    public void Revoke(DateTimeOffset at, string? byName)
    {
        if (IsRevoked) return;
        RevokedAt = at;
        RevokedByName = byName;
    }
}

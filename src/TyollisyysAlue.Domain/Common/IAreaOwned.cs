namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// An entity that belongs to one employment area (the tenant). The data layer filters these by the
/// current area and PostgreSQL row-level security enforces the same rule for the runtime role.
/// </summary>
public interface IAreaOwned
{
    Guid AreaId { get; }
}

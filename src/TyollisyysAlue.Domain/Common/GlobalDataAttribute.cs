namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// Marks an entity as deliberately shared by all employment areas (national registers, the areas
/// themselves). Every entity must be either <see cref="IAreaOwned"/> or carry this attribute; the
/// model builder refuses anything else so that nothing becomes cross-tenant by accident.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GlobalDataAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}

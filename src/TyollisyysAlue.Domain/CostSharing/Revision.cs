using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>Appropriations changed during the year: from <paramref name="FromMonth"/> (1–12) the shared cost is this.</summary>
public sealed record Revision(int FromMonth, Money SharedCost);

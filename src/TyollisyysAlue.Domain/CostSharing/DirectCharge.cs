using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// A cost charged to one municipality alone and kept out of the shared cost, e.g. Kuopio's
/// 2 015 000 € for supplementary services and a digital project.
/// </summary>
public sealed record DirectCharge(MunicipalityCode Code, Money Amount, string? Description = null);

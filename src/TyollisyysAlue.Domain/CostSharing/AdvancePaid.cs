using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>Advances a municipality paid during the year; several rows for one municipality add up.</summary>
public sealed record AdvancePaid(MunicipalityCode Code, Money Amount);

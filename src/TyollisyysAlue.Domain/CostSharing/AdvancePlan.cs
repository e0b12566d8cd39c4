using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.CostSharing;

/// <summary>
/// The year's monthly advances; the split as budgeted (<see cref="InitialSplit"/>, what the committee reviews) and the
/// split of the last revision, which the instalments add up to (the same split when there are no revisions).
/// </summary>
public sealed record AdvancePlan(CostSplit InitialSplit, CostSplit FinalSplit, IReadOnlyList<MunicipalitySchedule> Municipalities)
{
    public MunicipalitySchedule For(MunicipalityCode code) =>
        Municipalities.FirstOrDefault(m => m.Code == code)
        ?? throw new KeyNotFoundException($"Municipality {code} has no schedule.");
}

/// <summary>Twelve instalments, January first. An instalment may be negative: a credit after a cut.</summary>
public sealed record MunicipalitySchedule(MunicipalityCode Code, string Name, IReadOnlyList<Money> Instalments)
{
    public Money Total => Money.Sum(Instalments);
}

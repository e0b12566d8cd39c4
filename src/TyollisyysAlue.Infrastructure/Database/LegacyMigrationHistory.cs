namespace TyollisyysAlue.Infrastructure.Database;

/// <summary>
/// The migrations squashed into the Baseline (5.12.2026). A database whose history holds them was made before the
/// baseline: this version cannot upgrade it (see <see cref="MigrationHistoryCheck"/>).
/// </summary>
public static class LegacyMigrationHistory
{
    public static readonly IReadOnlySet<string> Ids = new HashSet<string>(StringComparer.Ordinal)
    {
        "20261122173457_InitialSchema",
        "20261122175511_CostSharingData",
        "20261122181027_AddApiTokens",
        "20261122182717_RevisionsAndReconciliation",
        "20261122183037_OneAreaPerMunicipality",
        "20261122183926_NamedCostKeys",
        "20261122190542_CarriedBalances",
        "20261122191322_CommitteeSeats",
        "20261122191803_MunicipalityMergers",
        "20261122201128_OfficesStaffingPartners",
        "20261122203846_ArrangementPlans",
        "20261122204451_ServiceCatalogueAndProcurement",
        "20261122211032_ProductionUnitsOncePerArea",
        "20261122213645_SwedishNamesForOfficesAndPartners",
    };
}

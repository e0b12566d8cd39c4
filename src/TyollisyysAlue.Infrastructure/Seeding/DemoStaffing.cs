using TyollisyysAlue.Domain.Staffing;
using static TyollisyysAlue.Domain.Staffing.KeyProcess;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Staff from the seeds: Kuopio 142 htv + 26 htv municipality-funded = 168 (the split by process and office is demo),
/// about 15 000 customers; Pohjanmaa's staff by location 23 / 68 / 5 = 96; Porvoo's 71 transferring against 85 needed.
/// </summary>
public static class DemoStaffing
{
    public static IEnumerable<StaffAllocation> Rows(Guid area)
    {
        if (area == DemoAreas.Kuopio)
        {
            // Demo split of the plan's 142 htv: (process, Kuopio, Siilinjärvi).
            foreach (var (process, kuopio, siilinjarvi) in new[]
                     { (Guidance, 26m, 4m), (JobMatching, 30m, 4m), (StartUps, 7m, 1m), (SkillsDevelopment, 19m, 3m), (IntensifiedSupport, 31m, 5m), (DigitalServices, 11m, 1m) })
            {
                yield return Row(area, "Kuopio", process, StaffFunding.Area, kuopio, demo: true);
                yield return Row(area, "Siilinjärvi", process, StaffFunding.Area, siilinjarvi, demo: true);
            }
            yield return Row(area, "Kuopio", null, StaffFunding.MunicipalitySupplementary, 26m, demo: false);
        }
        else if (area == DemoAreas.Pohjanmaa)
        {
            yield return Row(area, "Pietarsaari – Jakobstad", null, StaffFunding.Area, 23m, demo: false);
            yield return Row(area, "Vaasa – Vasa", null, StaffFunding.Area, 68m, demo: false);
            yield return Row(area, "Suupohjan rannikkoseutu – Sydösterbotten", null, StaffFunding.Area, 5m, demo: false);
        }
    }

    public static StaffingPlan? Plan(Guid area)
    {
        if (area == DemoAreas.Porvoo)
            return new StaffingPlan(Guid.NewGuid(), area) { TransferringPersonYears = 71m, NeededPersonYears = 85m, Note = "Järjestämissuunnitelma 30.5.2023: tarvearvio +20 %." };
        if (area == DemoAreas.Kuopio)
            return new StaffingPlan(Guid.NewGuid(), area) { Customers = 15_000, Note = "Noin 15 000 henkilöasiakasta ja 10 000 yritystä (järjestämissuunnitelma 5.12.2024)." };
        return null;
    }

    internal static StaffAllocation Row(Guid area, string location, KeyProcess? process, StaffFunding funding, decimal htv, bool demo) =>
        new(Guid.NewGuid(), area, location, process, funding, htv) { IsDemo = demo };
}

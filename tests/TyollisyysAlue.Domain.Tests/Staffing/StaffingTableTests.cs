using TyollisyysAlue.Domain.Staffing;
using static TyollisyysAlue.Domain.Staffing.KeyProcess;

namespace TyollisyysAlue.Domain.Tests.Staffing;

public class StaffingTableTests
{
    [Fact]
    public void Kuopio_142_area_staff_plus_26_municipality_funded_make_168_and_rows_and_columns_add_up()
    {
        var cells = new List<StaffCell>();
        foreach (var (process, kuopio, siilinjarvi) in new[] { (Guidance, 26.5m, 4m), (JobMatching, 30m, 4m), (StartUps, 7m, 1m),
                     (SkillsDevelopment, 18.5m, 3m), (IntensifiedSupport, 31m, 5m), (DigitalServices, 11m, 1m) })
        {
            cells.Add(new("Kuopio", process, StaffFunding.Area, kuopio));
            cells.Add(new("Siilinjärvi", process, StaffFunding.Area, siilinjarvi));
        }
        cells.Add(new("Kuopio", null, StaffFunding.MunicipalitySupplementary, 26m));
        var table = StaffingTable.Of(cells);

        Assert.Equal(142m, table.AreaStaff);
        Assert.Equal(26m, table.Supplementary);
        Assert.Equal(168m, table.GrandTotal);
        Assert.Equal(table.GrandTotal, table.Locations.Sum(l => table.LocationSum(l)));
        Assert.Equal(table.GrandTotal, table.Processes.Sum(p => table.ProcessTotal(p)));
        Assert.Equal(30.5m, table.ProcessTotal(Guidance));
        Assert.Equal(150m, table.LocationSum("Kuopio"));
        Assert.Equal(124m, table.LocationSum("Kuopio", StaffFunding.Area));
        Assert.Equal(89.3m, table.CustomersPerPersonYear(15_000)); // 15 000 / 168
    }

    [Fact]
    public void Vaasa_staff_by_location_23_68_5_make_96_at_24_71_and_5_percent()
    {
        var table = StaffingTable.Of([new("Pietarsaari", null, StaffFunding.Area, 23m), new("Vaasa", null, StaffFunding.Area, 68m),
            new("Suupohjan rannikkoseutu", null, StaffFunding.Area, 5m)]);

        Assert.Equal(96m, table.GrandTotal);
        Assert.Equal([24m, 71m, 5m], table.ByLocation().Select(l => l.SharePercent));
        Assert.Equal([23m, 68m, 5m], table.ByLocation().Select(l => l.PersonYears));
    }

    [Fact]
    public void Porvoo_need_85_against_71_transferring_is_plus_20_percent()
    {
        Assert.Equal(20m, StaffingTable.NeedIncreasePercent(71m, 85m));
        Assert.Null(StaffingTable.NeedIncreasePercent(null, 85m));
        Assert.Null(StaffingTable.NeedIncreasePercent(0m, 85m));
        Assert.Equal(-10m, StaffingTable.NeedIncreasePercent(100m, 90m));
    }
}

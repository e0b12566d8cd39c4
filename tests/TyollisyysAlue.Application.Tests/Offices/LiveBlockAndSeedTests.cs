using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Application.Staffing;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Staffing;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Application.Tests.Offices;

[Collection(DatabaseCollection.Name)]
public class LiveBlockAndSeedTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task The_offices_block_lists_the_points_with_headers_in_the_plans_language()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        await anna.Get<SaveOffice>().RunAsync(new OfficeForm { Name = "Servicepunkt", MunicipalityCode = member, Type = OfficeType.Palvelutori, Address = "Torget 1",
            Channels = ServiceChannels.OnSite | ServiceChannels.Video, Languages = ["fi", "sv"] });

        var table = await new OfficesLiveBlock(anna.Get<OfficesQuery>()).BuildAsync(new LiveBlockRequest(new DateOnly(2025, 6, 1), 2025, "sv"), default);

        Assert.Equal(LiveBlockKind.Offices, table.Kind);
        Assert.Equal(["Verksamhetsställe", "Kommun", "Typ", "Utan tidsbokning", "Kanaler", "Språk"], table.Columns.Select(c => c.Header));
        Assert.Equal(["Servicepunkt", $"Testikunta {member}", "Servicetorg (i kommunens lokaler)", "Nej", "På plats, Video", "fi, sv"], Assert.Single(table.Rows));
    }

    [Fact]
    public async Task The_staffing_block_has_process_rows_location_columns_totals_and_transferring_against_need()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var anna = await UseCases.ForAsync(fixture, area, "anna@example.fi");
        var staffing = anna.Get<SaveStaffRow>();
        await staffing.RunAsync(new StaffForm { Location = "Kuopio", Process = KeyProcess.Guidance, PersonYears = 26.5m });
        await staffing.RunAsync(new StaffForm { Location = "Siilinjärvi", Process = KeyProcess.Guidance, PersonYears = 4m });
        await staffing.RunAsync(new StaffForm { Location = "Kuopio", Process = KeyProcess.JobMatching, PersonYears = 30m });
        await staffing.RunAsync(new StaffForm { Location = "Kuopio", Funding = StaffFunding.MunicipalitySupplementary, PersonYears = 26m });
        await anna.Get<SaveStaffingPlan>().RunAsync(new StaffingPlanForm { TransferringPersonYears = 71m, NeededPersonYears = 85m });

        var table = await new StaffingLiveBlock(anna.Get<StaffingQuery>()).BuildAsync(new LiveBlockRequest(new DateOnly(2025, 6, 1), 2025, "en"), default);

        Assert.Equal(["Key process", "Kuopio", "Siilinjärvi", "Total"], table.Columns.Select(c => c.Header));
        Assert.True(table.Columns[1].Numeric);
        Assert.Equal(["Information, advice and guidance", "26,5", "4", "30,5"], table.Rows[0]);
        Assert.Equal(["Municipality-funded supplementary staff", "26", "0", "26"], table.Rows[2]);
        Assert.Equal(["Total", "82,5", "4", "86,5"], table.Totals);
        Assert.Equal("Transferring staff 71 person-years, need 85 person-years (+20 %).", table.Note);
    }

    [Fact]
    public void The_Kuopio_demo_offices_reproduce_the_plans_pattern_and_its_production_areas_table_1()
    {
        var points = DemoOffices.For(DemoAreas.Kuopio).ToList();
        var members = DemoAreas.Memberships().Where(m => m.AreaId == DemoAreas.Kuopio).Select(m => m.MunicipalityCode);
        var coverage = Coverage.Of(members, points.Select(p => new PointPresence(p.MunicipalityCode, p.Type, p.District, p.WalkIn)));
        Assert.Equal(["297", "749"], coverage.Where(c => c.Level == CoverageLevel.FullTime).Select(c => c.Municipality.Value));
        Assert.Equal(9, coverage.Count(c => c.Level == CoverageLevel.ByAppointment));
        Assert.Contains(points, p => p.Address == "Asemakatu 7, Kuopio" && p.WalkIn && !p.IsDemo);

        var groups = DemoProductionAreas.For(DemoAreas.Kuopio).Select(g => new GroupCounts(g.Area.Name, g.Area.StaffLow, g.Area.StaffHigh,
            g.Units.Select(u => new UnitCount(u.District ?? u.MunicipalityCode.Value, u.Jobseekers, u.MunicipalityCode.Value, u.District is not null)).ToList())).ToList();
        var shares = ProductionShares.Compute(groups);
        Assert.Equal([77m, 16m, 7m], shares.Select(s => s.SharePercent));
        Assert.Equal(74.6m, shares[0].Units.Single(u => u.Label == "297").SharePercent);

        var staff = StaffingTable.Of(DemoStaffing.Rows(DemoAreas.Kuopio).Select(r => new StaffCell(r.Location, r.Process, r.Funding, r.PersonYears)));
        Assert.Equal((142m, 26m, 168m), (staff.AreaStaff, staff.Supplementary, staff.GrandTotal));
        var vaasa = StaffingTable.Of(DemoStaffing.Rows(DemoAreas.Pohjanmaa).Select(r => new StaffCell(r.Location, r.Process, r.Funding, r.PersonYears)));
        Assert.Equal([24m, 71m, 5m], vaasa.ByLocation().Select(l => l.SharePercent));
    }
}

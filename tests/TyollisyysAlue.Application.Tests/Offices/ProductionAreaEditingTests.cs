using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Memberships;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Tests.Offices;

/// <summary>Planners build production areas (groups and their units) on PostgreSQL: rules, conflicts, rights, tenancy.</summary>
[Collection(DatabaseCollection.Name)]
public class ProductionAreaEditingTests(DatabaseFixture fixture)
{
    private static readonly DateTime CountedOn = new(2025, 3, 31);

    private RowEditorOf<ProductionAreaForm, ProductionAreasQuery> GroupsIn(Guid area, string name, AreaRole role = AreaRole.Planner) =>
        RowEditorOf<ProductionAreaForm, ProductionAreasQuery>.Of<SaveProductionArea, DeleteProductionArea>(UseCases.Pending(fixture, area, name, role));

    private RowEditorOf<ProductionUnitForm, ProductionAreasQuery> UnitsIn(Guid area, string name, AreaRole role = AreaRole.Planner) =>
        RowEditorOf<ProductionUnitForm, ProductionAreasQuery>.Of<SaveProductionUnit, DeleteProductionUnit>(UseCases.Pending(fixture, area, name, role));

    private static ProductionAreaForm Group(string name, decimal? low = 4, decimal? high = 5) =>
        new() { Name = name, CountedOn = CountedOn, StaffLow = low, StaffHigh = high };

    private async Task<(Guid Area, string Member, ProductionArea Group)> AreaWithGroupAsync()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await GroupsIn(area, "anna@example.fi").SaveAsync(Group("Pohjoinen")));
        return (area, member, Assert.Single((await GroupsIn(area, "anna@example.fi").Query.LoadAsync()).Areas));
    }

    private async Task<string> SecondMemberAsync(Guid area, DateOnly from, DateOnly? to = null)
    {
        var code = await fixture.NewMunicipalityAsync();
        await using var db = fixture.CreateContext(area);
        db.Memberships.Add(new Membership(Guid.NewGuid(), area, MunicipalityCode.Parse(code), from, to, "Päätös 2/2025"));
        await db.SaveChangesAsync();
        return code;
    }

    [Fact]
    public async Task A_planner_creates_groups_with_units_the_shares_follow_and_every_change_is_audited()
    {
        var (area, member, north) = await AreaWithGroupAsync();
        var second = await SecondMemberAsync(area, new DateOnly(2025, 1, 1));
        var groups = GroupsIn(area, "anna@example.fi");
        var units = UnitsIn(area, "anna@example.fi");
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await groups.SaveAsync(Group("Etelä", 1, 1)));
        var south = (await groups.Query.LoadAsync()).Areas.Single(a => a.Name == "Etelä");
        Assert.Equal(2, south.Number);

        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = north.Id, MunicipalityCode = member, Jobseekers = 300 }));
        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = south.Id, MunicipalityCode = second, Jobseekers = 100 }));
        // A district of a municipality counted whole in another group: shown, but not added again (Kuopio's Maaninka-Nilsiä).
        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = south.Id, MunicipalityCode = member, District = "Kylä", Jobseekers = 40 }));

        var view = await groups.Query.LoadAsync();
        Assert.Equal(400, view.Total);
        Assert.Equal([75m, 25m], view.Shares.Select(s => s.SharePercent));
        Assert.Equal(10m, view.Shares[1].Units.Single(u => u.Label == "Kylä").SharePercent);
        Assert.Equal(100m, view.Shares[1].JobseekersPerPersonYearLow);

        var renamed = ProductionAreaForm.From(south);
        renamed.Name = "Etelä ja Kylä";
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await groups.SaveAsync(renamed));
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await groups.DeleteAsync(south.Id, (await groups.Query.LoadAsync()).Areas.Single(a => a.Id == south.Id).Version));
        view = await groups.Query.LoadAsync();
        Assert.Equal("Pohjoinen", Assert.Single(view.Areas).Name);
        Assert.Equal(100m, Assert.Single(view.Shares).SharePercent);

        await using var db = fixture.CreateContext(area);
        var audit = await db.AuditEntries.Where(a => a.EntityType == nameof(ProductionArea) || a.EntityType == nameof(ProductionAreaUnit)).ToListAsync();
        Assert.Equal(4, audit.Count(a => a.EntityType == nameof(ProductionArea)));   // 2 created, 1 renamed, 1 deleted
        Assert.Equal(5, audit.Count(a => a.EntityType == nameof(ProductionAreaUnit))); // 3 added, the group's 2 removed with it
        Assert.All(audit, a => Assert.Equal("anna@example.fi", a.UserName));
    }

    [Fact]
    public async Task A_unit_outside_the_members_on_the_count_date_is_refused_on_its_field()
    {
        var (area, _, group) = await AreaWithGroupAsync();
        var outsider = await fixture.NewMunicipalityAsync();
        var left = await SecondMemberAsync(area, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var joinsLater = await SecondMemberAsync(area, new DateOnly(2026, 1, 1));
        var units = UnitsIn(area, "anna@example.fi");

        foreach (var code in new[] { outsider, left })
        {
            var refused = Assert.IsType<WriteOutcome<ProductionUnitForm>.Invalid>(await units.SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = code, Jobseekers = 5 }));
            Assert.Equal("ProductionAreas.Validation.NotAMember", Assert.Single(refused.Errors, e => e.PropertyName == nameof(ProductionUnitForm.MunicipalityCode)).ErrorCode);
        }
        // Counts taken while preparing the area count for a municipality that joins later (Kuopio: 22.11.2024, start 1.1.2025).
        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = joinsLater, Jobseekers = 5 }));

        var negative = Assert.IsType<WriteOutcome<ProductionUnitForm>.Invalid>(await units.SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = joinsLater, District = "X", Jobseekers = -1 }));
        Assert.Equal("ProductionAreas.Validation.Negative", Assert.Single(negative.Errors).ErrorCode);

        var groups = GroupsIn(area, "anna@example.fi");
        var badRange = Group("Itä", 5, 4);
        var invalid = Assert.IsType<WriteOutcome<ProductionAreaForm>.Invalid>(await groups.SaveAsync(badRange));
        Assert.Equal("ProductionAreas.Validation.StaffLowAboveHigh", Assert.Single(invalid.Errors, e => e.PropertyName == nameof(ProductionAreaForm.StaffHigh)).ErrorCode);
        invalid = Assert.IsType<WriteOutcome<ProductionAreaForm>.Invalid>(await groups.SaveAsync(Group("Itä", -1, 4)));
        Assert.Equal("Staffing.Validation.Negative", Assert.Single(invalid.Errors, e => e.PropertyName == nameof(ProductionAreaForm.StaffLow)).ErrorCode);
        invalid = Assert.IsType<WriteOutcome<ProductionAreaForm>.Invalid>(await groups.SaveAsync(Group(" pohjoinen ")));
        Assert.Equal("ProductionAreas.Validation.NameTaken", Assert.Single(invalid.Errors).ErrorCode);
    }

    [Fact]
    public async Task A_municipality_belongs_to_one_group_only_and_a_district_is_recorded_once()
    {
        var (area, member, north) = await AreaWithGroupAsync();
        var groups = GroupsIn(area, "anna@example.fi");
        var units = UnitsIn(area, "anna@example.fi");
        await groups.SaveAsync(Group("Etelä"));
        var south = (await groups.Query.LoadAsync()).Areas.Single(a => a.Name == "Etelä");
        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = north.Id, MunicipalityCode = member, Jobseekers = 10 }));

        var twice = Assert.IsType<WriteOutcome<ProductionUnitForm>.Invalid>(await units.SaveAsync(new() { ProductionAreaId = south.Id, MunicipalityCode = member, Jobseekers = 10 }));
        Assert.Equal("ProductionAreas.Validation.MunicipalityTaken", Assert.Single(twice.Errors, e => e.PropertyName == nameof(ProductionUnitForm.MunicipalityCode)).ErrorCode);

        Assert.IsType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = south.Id, MunicipalityCode = member, District = "Kylä", Jobseekers = 3 }));
        var district = Assert.IsType<WriteOutcome<ProductionUnitForm>.Invalid>(await units.SaveAsync(new() { ProductionAreaId = north.Id, MunicipalityCode = member, District = " kylä ", Jobseekers = 3 }));
        Assert.Equal("ProductionAreas.Validation.DistrictTaken", Assert.Single(district.Errors, e => e.PropertyName == nameof(ProductionUnitForm.District)).ErrorCode);
        Assert.Equal(2, (await groups.Query.LoadAsync()).Units.Count);
    }

    [Fact]
    public async Task Two_planners_changing_one_group_the_second_gets_a_conflict_and_nothing_is_lost()
    {
        var (area, _, group) = await AreaWithGroupAsync();
        var annas = ProductionAreaForm.From(group);
        var pekkas = ProductionAreaForm.From(group);
        annas.StaffHigh = 8;
        pekkas.Name = "Pohjoinen ja järvet";

        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await GroupsIn(area, "anna@example.fi").SaveAsync(annas));
        var pekka = GroupsIn(area, "pekka@example.fi");
        var conflict = Assert.IsType<WriteOutcome<ProductionAreaForm>.Conflict>(await pekka.SaveAsync(pekkas));
        Assert.Equal(8m, conflict.Theirs!.StaffHigh);
        Assert.Equal("Pohjoinen", conflict.Theirs.Name);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part
        Assert.Equal("Pohjoinen", Assert.Single((await pekka.Query.LoadAsync()).Areas).Name);

        pekkas.Version = conflict.Theirs.Version;
        pekkas.StaffHigh = conflict.Theirs.StaffHigh;
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Saved>(await pekka.SaveAsync(pekkas));
        var saved = Assert.Single((await pekka.Query.LoadAsync()).Areas);
        Assert.Equal(("Pohjoinen ja järvet", 8m), (saved.Name, saved.StaffHigh));
    }

    [Theory]
    [InlineData(AreaRole.CommitteeMember)]
    [InlineData(AreaRole.Viewer)]
    public async Task Committee_members_and_viewers_cannot_change_production_areas(AreaRole role)
    {
        var (area, member, group) = await AreaWithGroupAsync();
        await Outcome.ForbiddenAsync(GroupsIn(area, "c@example.fi", role).SaveAsync(Group("Uusi")));
        await Outcome.ForbiddenAsync(GroupsIn(area, "c@example.fi", role).DeleteAsync(group.Id, group.Version));
        await Outcome.ForbiddenAsync(UnitsIn(area, "c@example.fi", role).SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = member, Jobseekers = 1 }));
        Assert.Single((await GroupsIn(area, "c@example.fi", role).Query.LoadAsync()).Areas);
    }

    [Fact]
    public async Task Another_areas_group_and_units_are_not_found_and_cannot_be_changed()
    {
        var (areaA, memberA, group) = await AreaWithGroupAsync();
        await UnitsIn(areaA, "a@example.fi").SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = memberA, Jobseekers = 7 });
        var unit = Assert.Single((await GroupsIn(areaA, "a@example.fi").Query.LoadAsync()).Units);
        var memberB = await fixture.NewMunicipalityAsync();
        var (areaB, _) = await fixture.CreateAreaAsync(memberB);

        var intruder = GroupsIn(areaB, "b@example.fi");
        Assert.Empty((await intruder.Query.LoadAsync()).Areas);
        var form = ProductionAreaForm.From(group);
        form.Name = "Kaapattu";
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Gone>(await intruder.SaveAsync(form));
        Assert.IsType<WriteOutcome<ProductionAreaForm>.Gone>(await intruder.DeleteAsync(group.Id, group.Version));
        var units = UnitsIn(areaB, "b@example.fi");
        var stolen = ProductionUnitForm.From(unit);
        stolen.MunicipalityCode = memberB;
        Assert.IsNotType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(stolen));
        Assert.IsNotType<WriteOutcome<ProductionUnitForm>.Saved>(await units.SaveAsync(new() { ProductionAreaId = group.Id, MunicipalityCode = memberB, Jobseekers = 1 }));
        Assert.IsType<WriteOutcome<ProductionUnitForm>.Gone>(await units.DeleteAsync(unit.Id, unit.Version));

        var view = await GroupsIn(areaA, "a@example.fi").Query.LoadAsync();
        Assert.Equal(("Pohjoinen", 7), (Assert.Single(view.Areas).Name, Assert.Single(view.Units).Jobseekers));
    }

    [Fact]
    public async Task Two_planners_adding_the_same_municipality_at_once_get_one_unit_and_a_field_error()
    {
        var (area, member, north) = await AreaWithGroupAsync();
        await GroupsIn(area, "anna@example.fi").SaveAsync(Group("Etelä"));
        var south = (await GroupsIn(area, "anna@example.fi").Query.LoadAsync()).Areas.Single(a => a.Name == "Etelä");

        // Both saves may pass the application's check before either commits; the unique index decides then.
        var outcomes = await Task.WhenAll(
            UnitsIn(area, "anna@example.fi").SaveAsync(new() { ProductionAreaId = north.Id, MunicipalityCode = member, Jobseekers = 10 }),
            UnitsIn(area, "ben@example.fi").SaveAsync(new() { ProductionAreaId = south.Id, MunicipalityCode = member, Jobseekers = 20 }));

        Assert.Single(outcomes, o => o is WriteOutcome<ProductionUnitForm>.Saved);
        var refused = Assert.IsType<WriteOutcome<ProductionUnitForm>.Invalid>(Assert.Single(outcomes, o => o is not WriteOutcome<ProductionUnitForm>.Saved));
        Assert.Equal("ProductionAreas.Validation.MunicipalityTaken", Assert.Single(refused.Errors).ErrorCode);
        Assert.Single((await GroupsIn(area, "anna@example.fi").Query.LoadAsync()).Units);
    }

    [Fact]
    public async Task PostgreSQL_refuses_a_second_whole_municipality_or_a_repeated_district_even_past_the_application()
    {
        var (area, member, north) = await AreaWithGroupAsync();
        var code = MunicipalityCode.Parse(member);
        await using (var db = fixture.CreateContext(area))
        {
            db.ProductionAreaUnits.Add(new ProductionAreaUnit(Guid.NewGuid(), area, north.Id, code, 10));
            db.ProductionAreaUnits.Add(new ProductionAreaUnit(Guid.NewGuid(), area, north.Id, code, 5) { District = "Kylä" });
            await db.SaveChangesAsync();
        }
        foreach (var district in new string?[] { null, "Kylä" })
        {
            await using var db = fixture.CreateContext(area);
            db.ProductionAreaUnits.Add(new ProductionAreaUnit(Guid.NewGuid(), area, north.Id, code, 1) { District = district });
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.Equal("23505", Assert.IsAssignableFrom<System.Data.Common.DbException>(error.InnerException).SqlState);
        }
    }
}

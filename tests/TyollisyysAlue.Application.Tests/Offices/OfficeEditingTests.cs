using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Application.Tests.Offices;

[Collection(DatabaseCollection.Name)]
public class OfficeEditingTests(DatabaseFixture fixture)
{
    private RowEditorOf<OfficeForm, OfficesQuery> EditorIn(Guid area, string name, AreaRole role = AreaRole.Planner) =>
        RowEditorOf<OfficeForm, OfficesQuery>.Of<SaveOffice, DeleteOffice>(UseCases.Pending(fixture, area, name, role));

    private static OfficeForm Office(string code, string name = "Palvelupiste") =>
        new() { Name = name, MunicipalityCode = code, Type = OfficeType.FullTime, Address = "Kauppakatu 1", WalkIn = true, Languages = ["fi", "sv"] };

    [Fact]
    public async Task A_planner_adds_an_office_the_member_is_covered_and_the_change_is_audited()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var editor = EditorIn(area, "anna@example.fi");
        var today = DateOnly.FromDateTime(DateTime.Today);
        Assert.True(Assert.Single((await editor.Query.LoadAsync(today)).Coverage).HasNoPresence);

        Assert.IsType<WriteOutcome<OfficeForm>.Saved>(await editor.SaveAsync(Office(member)));

        var view = await editor.Query.LoadAsync(today);
        var point = Assert.Single(view.Points);
        Assert.Equal(["fi", "sv"], point.Languages);
        Assert.Equal(CoverageLevel.FullTime, Assert.Single(view.Coverage).Level);
        await using var db = fixture.CreateContext(area);
        var audit = await db.AuditEntries.Where(a => a.EntityKey == point.Id.ToString()).ToListAsync();
        Assert.Equal("anna@example.fi", Assert.Single(audit).UserName);
        Assert.Equal(nameof(ServicePoint), audit[0].EntityType);
    }

    [Fact]
    public async Task An_office_outside_the_members_and_a_physical_office_without_address_are_refused_per_field()
    {
        var member = await fixture.NewMunicipalityAsync();
        var outsider = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var editor = EditorIn(area, "anna@example.fi");

        var invalid = Assert.IsType<WriteOutcome<OfficeForm>.Invalid>(await editor.SaveAsync(Office(outsider)));
        Assert.Equal("Offices.Validation.NotAMember", Assert.Single(invalid.Errors, e => e.PropertyName == nameof(OfficeForm.MunicipalityCode)).ErrorCode);

        var noAddress = Office(member);
        noAddress.Address = " ";
        noAddress.Channels = ServiceChannels.None;
        invalid = Assert.IsType<WriteOutcome<OfficeForm>.Invalid>(await editor.SaveAsync(noAddress));
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(OfficeForm.Address) && e.ErrorCode == "Offices.Validation.AddressRequired");
        Assert.Contains(invalid.Errors, e => e.PropertyName == nameof(OfficeForm.Channels));

        var popUp = Office(member);
        popUp.Type = OfficeType.PopUp;
        popUp.Address = null;
        popUp.WalkIn = false;
        Assert.IsType<WriteOutcome<OfficeForm>.Saved>(await editor.SaveAsync(popUp));
        Assert.Single((await editor.Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points);
    }

    [Fact]
    public async Task Two_planners_editing_one_office_the_second_gets_the_first_ones_change_and_nothing_is_lost()
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var anna = EditorIn(area, "anna@example.fi");
        var pekka = EditorIn(area, "pekka@example.fi");
        await anna.SaveAsync(Office(member));
        var point = Assert.Single((await anna.Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points);
        var annas = OfficeForm.From(point);
        var pekkas = OfficeForm.From(point);
        annas.OpeningHours = "ma–pe 8–16";
        pekkas.OpeningHours = "ma–to 9–15";

        Assert.IsType<WriteOutcome<OfficeForm>.Saved>(await anna.SaveAsync(annas));
        var conflict = Assert.IsType<WriteOutcome<OfficeForm>.Conflict>(await pekka.SaveAsync(pekkas));
        Assert.Equal("ma–pe 8–16", conflict.Theirs!.OpeningHours);
        Assert.Equal("anna", conflict.ChangedBy); // by name; an account without one shows the e-mail's local part

        pekkas.Version = conflict.Theirs.Version;
        Assert.IsType<WriteOutcome<OfficeForm>.Saved>(await pekka.SaveAsync(pekkas));
        Assert.Equal("ma–to 9–15", Assert.Single((await anna.Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points).OpeningHours);
    }

    [Fact]
    public async Task Another_areas_office_is_not_found_and_cannot_be_changed_or_removed()
    {
        var memberA = await fixture.NewMunicipalityAsync();
        var (areaA, _) = await fixture.CreateAreaAsync(memberA);
        var (areaB, _) = await fixture.CreateAreaAsync();
        await EditorIn(areaA, "a@example.fi").SaveAsync(Office(memberA));
        var point = Assert.Single((await EditorIn(areaA, "a@example.fi").Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points);

        var intruder = EditorIn(areaB, "b@example.fi");
        Assert.Empty((await intruder.Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points);
        var form = OfficeForm.From(point);
        form.Name = "Kaapattu";
        // Its municipality is not B's member, and even with that aside the row is invisible to B.
        Assert.IsNotType<WriteOutcome<OfficeForm>.Saved>(await intruder.SaveAsync(form));
        Assert.IsType<WriteOutcome<OfficeForm>.Gone>(await intruder.DeleteAsync(point.Id, point.Version));
        Assert.Equal(point.Name, Assert.Single((await EditorIn(areaA, "a@example.fi").Query.LoadAsync(DateOnly.FromDateTime(DateTime.Today))).Points).Name);
    }

    [Theory]
    [InlineData(AreaRole.CommitteeMember)]
    [InlineData(AreaRole.Viewer)]
    public async Task Committee_members_and_viewers_cannot_write(AreaRole role)
    {
        var member = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        await Outcome.ForbiddenAsync(EditorIn(area, "c@example.fi", role).SaveAsync(Office(member)));
        await Outcome.ForbiddenAsync(EditorIn(area, "c@example.fi", role).DeleteAsync(Guid.NewGuid(), 0));
    }
}

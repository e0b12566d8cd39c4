using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Offices;
using TyollisyysAlue.Application.Partners;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Application.Tests.Offices;

/// <summary>Swedish names of offices and partners are saved, shown in the Swedish plan, and a bilingual area's new office serves in Swedish too.</summary>
[Collection(DatabaseCollection.Name)]
public class SwedishNameEditingTests(DatabaseFixture fixture)
{
    private static readonly DateOnly Day = new(2025, 6, 1);

    private RowEditorOf<OfficeForm, OfficesQuery> OfficesIn(Guid area) =>
        RowEditorOf<OfficeForm, OfficesQuery>.Of<SaveOffice, DeleteOffice>(UseCases.Pending(fixture, area, "anna@example.fi"));

    private async Task<string> BilingualMunicipalityAsync()
    {
        var code = await fixture.NewMunicipalityAsync();
        await using var db = fixture.CreateContext(null);
        var municipality = db.Municipalities.Single(m => m.Code == MunicipalityCode.Parse(code));
        municipality.Correct("Testikunta " + code, "Testkommun " + code, LanguageStatus.BilingualFinnishMajority);
        await db.SaveChangesAsync();
        return code;
    }

    [Fact]
    public async Task An_office_saved_with_a_Swedish_name_shows_it_in_the_Swedish_plan_and_the_Finnish_name_in_the_Finnish_one()
    {
        var member = await BilingualMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(member);
        var offices = OfficesIn(area);
        Assert.True((await offices.Query.LoadAsync(Day)).Bilingual);
        var form = OfficeForm.New(bilingualArea: true);
        Assert.Equal(["fi", "sv"], form.Languages);
        form.Name = "Palvelutori, Testikunta";
        form.NameSv = "  Servicetorget i Testkommun ";
        form.MunicipalityCode = member;
        form.Type = OfficeType.Palvelutori;
        form.Address = "Torget 1";
        Assert.IsType<WriteOutcome<OfficeForm>.Saved>(await offices.SaveAsync(form));

        var point = Assert.Single((await offices.Query.LoadAsync(Day)).Points);
        Assert.Equal("Servicetorget i Testkommun", point.NameSv);
        Assert.Equal(["fi", "sv"], point.Languages);
        var block = new OfficesLiveBlock(offices.Query);
        var sv = await block.BuildAsync(new LiveBlockRequest(Day, 2025, "sv"), default);
        Assert.Equal(["Servicetorget i Testkommun", $"Testkommun {member}"], Assert.Single(sv.Rows).Take(2));
        var fi = await block.BuildAsync(new LiveBlockRequest(Day, 2025, "fi"), default);
        Assert.Equal("Palvelutori, Testikunta", Assert.Single(fi.Rows)[0]);
    }

    [Fact]
    public async Task A_Finnish_speaking_area_is_not_bilingual_and_a_new_office_serves_in_Finnish()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        Assert.False((await OfficesIn(area).Query.LoadAsync(Day)).Bilingual);
        Assert.Equal(["fi"], OfficeForm.New(bilingualArea: false).Languages);
    }

    [Fact]
    public async Task A_partners_Swedish_name_is_saved_and_cleared_when_emptied()
    {
        var (area, _) = await fixture.CreateAreaAsync();
        var partners = RowEditorOf<PartnerForm, PartnersQuery>.Of<SavePartner, DeletePartner>(UseCases.Pending(fixture, area, "anna@example.fi"));
        Assert.IsType<WriteOutcome<PartnerForm>.Saved>(await partners.SaveAsync(new PartnerForm
        {
            Name = "Pohjanmaan ELY-keskus", NameSv = "NTM-centralen i Österbotten", Kind = PartnerKind.ElyCentre, Section = StatutorySection.StructuralChange,
        }));
        var partner = Assert.Single(await partners.Query.LoadAsync());
        Assert.Equal("NTM-centralen i Österbotten", partner.NameIn("sv"));

        var form = PartnerForm.From(partner);
        form.NameSv = " ";
        Assert.IsType<WriteOutcome<PartnerForm>.Saved>(await partners.SaveAsync(form));
        Assert.Null(Assert.Single(await partners.Query.LoadAsync()).NameSv);

        form = PartnerForm.From(Assert.Single(await partners.Query.LoadAsync()));
        form.NameSv = new string('x', 201);
        var invalid = Assert.IsType<WriteOutcome<PartnerForm>.Invalid>(await partners.SaveAsync(form));
        Assert.Equal("Validation.TooLong", Assert.Single(invalid.Errors).ErrorCode);
    }

    [Fact]
    public void The_bilingual_demo_areas_offices_and_partners_have_Swedish_names()
    {
        foreach (var area in new[] { DemoAreas.Porvoo, DemoAreas.Pohjanmaa })
            Assert.All(DemoOffices.For(area), p => Assert.False(string.IsNullOrEmpty(p.NameSv), p.Name));
        Assert.Contains(DemoOffices.For(DemoAreas.Porvoo), p => p.NameSv == "Servicetorget i Lovisa" && p.Name == "Palvelutori, Loviisa");
        Assert.Contains(DemoPartners.For(DemoAreas.Pohjanmaa), p => p.NameSv == "NTM-centralen i Österbotten");
        Assert.Contains(DemoPartners.For(DemoAreas.Porvoo), p => p.Name == "Kela" && p.NameSv == "FPA");
    }
}

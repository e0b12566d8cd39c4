using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Application.Municipalities;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests;

[Collection(DatabaseCollection.Name)]
public class RegisterEditingTests(DatabaseFixture fixture)
{
    /// <summary>The system administrator, or (for <c>false</c>) an area's administrator who holds no such right.</summary>
    private async Task<UseCases> As(bool systemAdministrator)
    {
        if (systemAdministrator) return UseCases.For(fixture, null, "sysadmin@example.fi", await fixture.CreateSystemAdministratorAsync(), [], isSystemAdministrator: true);
        var (area, _) = await fixture.CreateAreaAsync();
        return await UseCases.ForAsync(fixture, area, "admin@example.fi", Domain.Access.AreaRole.Administrator);
    }

    [Fact]
    public void A_register_file_is_read_by_its_headings_and_bad_rows_are_listed_by_line()
    {
        var table = new CsvTable(["koodi", "nimi", "namn", "kieli"],
        [
            new CsvRow(2, ["KU091", "Helsinki", "Helsingfors", "fi-sv"]),
            new CsvRow(3, ["xx", "Ei kunta", "", "fi"]),
            new CsvRow(4, ["092", "Vantaa", "Vanda", "kyllä"]),
        ]);
        var (rows, errors) = RegisterImport.Read(table);
        Assert.Equal(("091", "Helsingfors", LanguageStatus.BilingualFinnishMajority), (rows[0].Code.Value, rows[0].NameSv, rows[0].Status));
        Assert.Equal([(3, "Import.UnknownMunicipality"), (4, "Import.Language")], errors.Select(e => (e.LineNumber, e.Code)));
    }

    private async Task<Guid> UserAsync(bool systemAdministrator)
    {
        var id = Guid.NewGuid();
        await using var db = fixture.CreateContext(null);
        db.Users.Add(new Infrastructure.Identity.ApplicationUser
        {
            Id = id, UserName = $"{id}@example.fi", Email = $"{id}@example.fi", DisplayName = "Test", IsSystemAdministrator = systemAdministrator,
        });
        await db.SaveChangesAsync();
        return id;
    }

    [Fact]
    public async Task The_system_administrator_imports_corrects_and_merges_and_nobody_else_may()
    {
        var code = await fixture.NewMunicipalityAsync();
        var successor = await fixture.NewMunicipalityAsync();
        var (rows, errors) = RegisterImport.Read(new CsvTable(["code", "name_fi", "name_sv", "language"],
            [new CsvRow(2, [code, "Uusikunta", "Nykommun", "fi-sv"])]));
        Assert.Empty(errors);
        var import = new RegisterImportForm { FileName = "kunnat-2027.csv", Rows = rows };
        Assert.IsType<WriteOutcome<RegisterImportForm>.Forbidden>(await (await As(false)).Get<ImportRegister>().RunAsync(import));

        var admin = await As(true);
        Assert.IsType<WriteOutcome<RegisterImportForm>.Saved>(await admin.Get<ImportRegister>().RunAsync(import));
        Assert.IsType<WriteOutcome<MergerForm>.Saved>(await admin.Get<MergeMunicipality>().RunAsync(
            new MergerForm { Code = code, Successor = successor, On = new DateOnly(2027, 1, 1) }));
        await using var db = fixture.CreateContext(null);
        var merged = await db.Municipalities.SingleAsync(m => m.Code == MunicipalityCode.Parse(code));
        Assert.Equal("Nykommun", merged.NameSv);
        Assert.Equal("kunnat-2027.csv", merged.Source);
        Assert.Equal(successor, merged.MergedInto?.Value);
        Assert.False(merged.IsActive);
        Assert.IsType<WriteOutcome<MunicipalityCorrectionForm>.Forbidden>(await (await As(false)).Get<CorrectMunicipality>().RunAsync(
            new MunicipalityCorrectionForm { Code = code, NameFi = "X", Status = LanguageStatus.Finnish }));
        Assert.IsType<WriteOutcome<MunicipalityCorrectionForm>.Saved>(await admin.Get<CorrectMunicipality>().RunAsync(
            new MunicipalityCorrectionForm { Code = code, NameFi = "Uusikunta", NameSv = "Nykommun", Status = LanguageStatus.BilingualFinnishMajority }));
    }
}

using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Application.Municipalities;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Tests;

[Collection(DatabaseCollection.Name)]
public class RegisterEditingTests(DatabaseFixture fixture)
{
    private RegisterEditing As(bool systemAdministrator)
    {
        var context = new AreaContext();
        context.SetUser(Guid.NewGuid(), "sysadmin@example.fi", systemAdministrator);
        return new RegisterEditing(new TestContextFactory(fixture, context), context);
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
        var form = new RegisterImportForm { FileName = "kunnat-2027.csv", Rows = rows };
        await using (var someone = UseCaseScope.User(fixture, null, await UserAsync(false)))
            Assert.IsType<Common.Writing.WriteOutcome<RegisterImportForm>.Forbidden>(await someone.Get<ImportRegister>().RunAsync(form));

        await using (var sysadmin = UseCaseScope.User(fixture, null, await UserAsync(true), systemAdministrator: true))
            Assert.True((await sysadmin.Get<ImportRegister>().RunAsync(form)).IsSaved);
        var admin = As(true);
        await admin.MergeAsync(MunicipalityCode.Parse(code), MunicipalityCode.Parse(successor), new DateOnly(2027, 1, 1));
        await using var db = fixture.CreateContext(null);
        var merged = await db.Municipalities.SingleAsync(m => m.Code == MunicipalityCode.Parse(code));
        Assert.Equal("Nykommun", merged.NameSv);
        Assert.Equal("kunnat-2027.csv", merged.Source);
        Assert.Equal(successor, merged.MergedInto?.Value);
        Assert.False(merged.IsActive);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => As(false).CorrectAsync(merged.Code, "X", null, LanguageStatus.Finnish));
    }
}

using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Persistence;
using TyollisyysAlue.Infrastructure.Persistence.Auditing;
using TyollisyysAlue.Infrastructure.Persistence.Tenancy;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Application.Tests;

/// <summary>A database of its own: the whole register is seeded, which the shared fixture's test municipalities would collide with.</summary>
public sealed class RegisterDatabase : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = default!;

    public async Task InitializeAsync() => Database = await TestDatabase.StartAsync("tyollisyysalue_register");

    public async Task DisposeAsync() => await Database.DisposeAsync();

    public AppDbContext Context()
    {
        var area = new AreaContext();
        area.SetUser(null, "reference-data");
        var options = new DbContextOptionsBuilder<AppDbContext>().UseAppDatabase(Database.Connections.App)
            .AddInterceptors(new AreaSessionInterceptor(), new AuditInterceptor(TimeProvider.System)).Options;
        return new AppDbContext(options, area);
    }
}

/// <summary>The register and indicator definitions seeded on every start: complete, idempotent, never undoing a newer register file.</summary>
public class ReferenceDataTests(RegisterDatabase register) : IClassFixture<RegisterDatabase>
{
    [Fact]
    public async Task Seeding_twice_gives_the_whole_register_once_keeps_newer_imports_and_corrections_and_records_the_merger()
    {
        await using (var db = register.Context()) await ReferenceData.SeedAsync(db, default);
        await using (var db = register.Context())
        {
            // The administrator imported next year's file: a newer source wins over the shipped one.
            var porvoo = await db.Municipalities.SingleAsync(m => m.Code == MunicipalityCode.Parse("638"));
            porvoo.Record("Porvoo", "Borgå", LanguageStatus.BilingualFinnishMajority, "kunnat-2030.csv", MunicipalityRegister.ValidFrom.AddYears(4));
            // An old demo row: the shipped data correct it.
            var kaskinen = await db.Municipalities.SingleAsync(m => m.Code == MunicipalityCode.Parse("231"));
            kaskinen.Record("Kaskinen", "Kaskö", LanguageStatus.BilingualSwedishMajority, "demo", MunicipalityRegister.ValidFrom.AddYears(-2));
            // The system administrator corrected a name since the shipped file was seeded: a restart keeps it.
            var vaasa = await db.Municipalities.SingleAsync(m => m.Code == MunicipalityCode.Parse("905"));
            vaasa.Correct("Vaasa (korjattu)", "Vasa", LanguageStatus.BilingualFinnishMajority);
            await db.SaveChangesAsync();
        }
        await using (var db = register.Context()) await ReferenceData.SeedAsync(db, default);

        await using var read = register.Context();
        Assert.Equal(309, await read.Municipalities.CountAsync());
        Assert.Equal(308, await read.Municipalities.CountAsync(m => m.MergedInto == null));
        var rows = await read.Municipalities.ToDictionaryAsync(m => m.Code.Value);
        Assert.Equal("kunnat-2030.csv", rows["638"].Source);
        Assert.Equal("Vaasa (korjattu)", rows["905"].NameFi);
        Assert.Equal((LanguageStatus.BilingualFinnishMajority, MunicipalityRegister.Source), (rows["231"].LanguageStatus, rows["231"].Source));
        Assert.Equal(("507", new DateOnly(2025, 1, 1)), (rows["588"].MergedInto?.Value, rows["588"].MergedOn));
        Assert.Equal(IndicatorRegister.All.Count, await read.Indicators.CountAsync());
        Assert.Equal(IndicatorRegister.BroadUnemploymentFormula, (await read.Indicators.SingleAsync(i => i.Code == Domain.Indicators.Indicator.BroadUnemployment)).Formula);
    }
}

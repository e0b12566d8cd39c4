using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Infrastructure.Imports.StatFin;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Application.Tests.Indicators;

/// <summary>"Fetch from Statistics Finland" end to end against a local PxWeb stand-in: split queries, the same preview, saved as any import.</summary>
[Collection(DatabaseCollection.Name)]
public class StatFinFetchTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_fetch_for_the_areas_members_is_split_to_the_cell_limit_previewed_and_saved()
    {
        await fixture.EnsureIndicatorsAsync();
        var code = await fixture.NewMunicipalityAsync();
        var (area, _) = await fixture.CreateAreaAsync(code);
        var planner = await fixture.CreateUserAsync(area, AreaRole.Planner);
        var months = Enumerable.Range(7, 6).Select(m => $"2025M{m:00}").Concat(Enumerable.Range(1, 6).Select(m => $"2026M{m:00}")).ToList();
        await using var service = new FakeStatFin(["SSS", $"KU{code}", "KU999"], months, maxCells: 30);
        await using var scope = UseCaseScope.User(fixture, area, planner);
        var fetch = new StatFinFetch(
            new StatFinClient(new HttpClient(), new StatFinOptions { BaseUrl = service.BaseUrl, MaxCells = 30 }, new CallWindow(40, TimeSpan.FromSeconds(60), TimeProvider.System)),
            scope.Get<IndicatorImports>(), scope.Get<Common.IAppDbContextFactory>());

        string[] contents = ["TYOTTOMATLOPUSSA", "TYOLLISTETTYLOP", "KOKEILULOP", "TVKOULUTUSLOP", "VALMENNUSLOP", "MTPPALVELUTLOP"];
        var fetched = await fetch.FetchAsync(new FetchRequest("12r5", contents, "2025M07", "2026M06"));
        var plan = fetched.Preview.Plan;

        // Only the member was asked for (not the whole country, not another municipality), in parts of at most 30 cells.
        var queries = service.Calls.Where(c => c.Method == "POST").ToList();
        Assert.True(queries.Count > 1);
        Assert.All(queries, q => Assert.True(q.Cells <= 30));
        Assert.Equal(12L * contents.Length, queries.Sum(q => q.Cells));
        Assert.Empty(plan.Problems);
        Assert.Equal(12 * contents.Length - 1, plan.Values.Count);
        var lacking = Assert.Single(plan.Lacking);
        Assert.Equal((Indicator.ServicesCoaching, "...", new DateOnly(2025, 7, 1)), (lacking.Indicator, lacking.Symbol, lacking.Period.Date));

        var form = IndicatorImportForm.From(plan, fetched.Preview.SourceText(new DateOnly(2026, 7, 22)));
        Assert.True((await scope.Get<CommitIndicatorImport>().RunAsync(form)).IsSaved);
        await using var db = fixture.CreateContext(area);
        Assert.Equal(12 * contents.Length - 1, await db.IndicatorValues.CountAsync());
        var june = await db.IndicatorValues.SingleAsync(v => v.IndicatorCode == Indicator.UnemployedJobseekers && v.OnDate == new DateOnly(2026, 6, 1));
        Assert.Equal(decimal.Parse(service.ValueOf($"KU{code}", "2026M06", "TYOTTOMATLOPUSSA"), System.Globalization.CultureInfo.InvariantCulture), june.Value);
        Assert.StartsWith("KEHA-keskus, Työnvälitystilasto · 12r5.px", june.Source, StringComparison.Ordinal);
    }
}

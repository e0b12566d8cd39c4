using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Tests.Services;

[Collection(DatabaseCollection.Name)]
public class ServicesLiveBlockTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("fi", "Palvelu", "Palkkatuki", "Oma tuotanto", "Yhteensä")]
    [InlineData("sv", "Tjänst", "Lönesubvention", "Egen produktion", "Totalt")]
    [InlineData("en", "Service", "Pay subsidy", "Own production", "Total")]
    public async Task The_plan_table_lists_the_years_services_in_the_plans_language_with_totals(string language, string header, string name, string mode, string total)
    {
        await ServiceTestKit.EnsureMapAsync(fixture);
        var (area, _) = await fixture.CreateAreaAsync();
        var kit = await ServiceTestKit.CreateAsync(fixture, area, "anna@example.fi");
        await kit.Offerings.SaveAsync(2025, ServiceTestKit.WageSubsidy(2_300_000.10m));
        await kit.Offerings.SaveAsync(2025, new OfferingForm
        {
            NationalServiceCode = "job-search-coaching", Mode = ProductionMode.PurchasedService, Cost = 180_000.15m, Volume = 150,
            StatutoryClass = StatutoryClass.AppropriationBound,
        });
        await kit.Offerings.SaveAsync(2026, ServiceTestKit.WageSubsidy(1m));

        var source = new ServicesLiveBlock(kit.Catalogue);
        var table = await source.BuildAsync(new LiveBlockRequest(new DateOnly(2025, 6, 1), 2025, language), CancellationToken.None);

        Assert.Equal(LiveBlockKind.Services, source.Kind);
        Assert.Equal(header, table.Columns[0].Header);
        Assert.Equal(7, table.Columns.Count);
        Assert.True(table.Columns[6].Numeric);
        Assert.Equal(2, table.Rows.Count);
        var wage = Assert.Single(table.Rows, r => r[0] == name);
        Assert.Equal(mode, wage[3]);
        Assert.Equal("T+E", wage[2]);
        Assert.Equal("2 300 000,10", wage[6].Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal(total, table.Totals![0]);
        Assert.Equal("2 480 000,25", table.Totals[6].Replace('\u00A0', ' ').Replace('\u202F', ' '));
        Assert.Equal("410", table.Totals[5]);
        Assert.Null(table.Note);
    }
}

using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.Application.Common;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Domain.Access;
using TyollisyysAlue.Infrastructure.Seeding;
using TyollisyysAlue.TestSupport;

namespace TyollisyysAlue.Web.Tests.Pages;

/// <summary>The plan's cost-split block shows the key beside its result, in the plan's language.</summary>
[Collection(AppCollection.Name)]
public class PlanCostSplitBlockTests(AppFixture app)
{
    private async Task<LiveTable> PorvooBlockAsync(string language)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AreaContext>().EnterArea(DemoAreas.Porvoo, [AreaRole.Viewer]);
        var source = Assert.Single(scope.ServiceProvider.GetServices<ILiveBlockSource>(), s => s.Kind == LiveBlockKind.CostSplit);
        return await source.BuildAsync(new LiveBlockRequest(new DateOnly(2025, 1, 1), 2025, language), CancellationToken.None);
    }

    [Theory]
    [InlineData("fi", "Jakoperuste: Asukkaat 18–64 v. 45,00 %, Työttömät työnhakijat ja palveluissa olevat 45,00 %, Vieraskieliset 10,00 %.")]
    [InlineData("sv", "Fördelningsgrund: Invånare 18–64 år 45,00 %, Arbetslösa arbetssökande och personer i tjänster 45,00 %, Främmandespråkiga 10,00 %.")]
    public async Task Porvoos_2025_split_block_names_its_key_criteria_and_weights(string language, string expected)
    {
        var table = await PorvooBlockAsync(language);

        Assert.Equal(expected, table.Note!.Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.Equal(6, table.Rows.Count);
    }

    [Fact]
    public async Task Investments_have_their_own_column_and_direct_charges_the_same_figure_as_the_split_table()
    {
        // Issue 12.8: the block called Porvoo's 150 000 € investments "Suorat veloitukset" while the split table shows
        // them as investments and 0,00 € as direct charges.
        var table = await PorvooBlockAsync("fi");

        var headers = table.Columns.Select(c => c.Header).ToList();
        Assert.Equal(["Investoinnit", "Suorat veloitukset"], headers.Skip(3).Take(2));
        static string Plain(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ');
        Assert.Equal(("150 000,00 €", "0,00 €"), (Plain(table.Totals![3]), Plain(table.Totals[4])));
    }
}

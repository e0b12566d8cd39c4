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
    [Theory]
    [InlineData("fi", "Jakoperuste: Asukkaat 18–64 v. 45,00 %, Työttömät työnhakijat ja palveluissa olevat 45,00 %, Vieraskieliset 10,00 %.")]
    [InlineData("sv", "Fördelningsgrund: Invånare 18–64 år 45,00 %, Arbetslösa arbetssökande och personer i tjänster 45,00 %, Främmandespråkiga 10,00 %.")]
    public async Task Porvoos_2025_split_block_names_its_key_criteria_and_weights(string language, string expected)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AreaContext>().EnterArea(DemoAreas.Porvoo, [AreaRole.Viewer]);
        var source = Assert.Single(scope.ServiceProvider.GetServices<ILiveBlockSource>(), s => s.Kind == LiveBlockKind.CostSplit);

        var table = await source.BuildAsync(new LiveBlockRequest(new DateOnly(2025, 1, 1), 2025, language), CancellationToken.None);

        Assert.Equal(expected, table.Note!.Replace('\u00a0', ' ').Replace('\u202f', ' '));
        Assert.Equal(6, table.Rows.Count);
    }
}

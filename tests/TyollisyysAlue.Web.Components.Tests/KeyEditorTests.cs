using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.CostSharing;
using TyollisyysAlue.Domain.Indicators;
using TyollisyysAlue.Web.Components.Pages.Budget;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The key editor: the weights must sum to exactly 100 before anything is saved.</summary>
public class KeyEditorTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    private static CriterionForm Criterion(string indicator, decimal weight) =>
        new() { IndicatorCode = indicator, WeightPercent = weight, ReferenceDate = new DateTime(2025, 12, 31) };

    [Fact]
    public async Task Weights_that_do_not_sum_to_100_are_refused_beside_the_total_and_a_corrected_key_is_saved()
    {
        var (area, _) = await EnterNewAreaAsPlannerAsync();
        RenderProviders();
        var saved = 0;
        var form = new KeyForm { Year = 2026, Name = "Jakoperuste 2026", Criteria = [Criterion(Indicator.Population, 60m), Criterion(Indicator.WorkingAge, 39.5m)] };
        var editor = Render<KeyEditor>(ps => ps.Add(p => p.Year, 2026).Add(p => p.Form, form).Add(p => p.OnSaved, () => saved++));
        Assert.Contains(Text("Key.WeightTotal", "99,50"), editor.Find("[data-testid=weight-total]").TextContent, StringComparison.Ordinal);

        editor.Find("form").Submit();
        await editor.WaitForAssertionAsync(() => Assert.Contains(Text("Validation.WeightsSum"), editor.Markup, StringComparison.Ordinal));
        Assert.Equal(0, saved);
        await using (var db = Database.CreateContext(area))
            Assert.False(await db.AllocationKeys.AnyAsync());

        editor.Find("input[data-testid=weight-1]").Change("40");
        await editor.WaitForAssertionAsync(() => Assert.Contains(Text("Key.WeightTotal", "100,00"), editor.Find("[data-testid=weight-total]").TextContent, StringComparison.Ordinal));
        editor.Find("form").Submit();
        await editor.WaitForAssertionAsync(() => Assert.Equal(1, saved), TimeSpan.FromSeconds(20));
        await using var read = Database.CreateContext(area);
        var key = await read.AllocationKeys.Include("_criteria").SingleAsync();
        Assert.Equal([60m, 40m], key.Criteria.Select(c => c.WeightPercent));
    }
}

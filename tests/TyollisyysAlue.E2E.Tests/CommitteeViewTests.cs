namespace TyollisyysAlue.E2E.Tests;

/// <summary>Issue 12.3 and 12.8: the committee compares like with like and keeps names and totals in view.</summary>
public sealed class CommitteeViewTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Comparing_with_the_preparation_key_splits_the_same_cost_instead_of_minus_99_percent_for_everyone()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Vertailu" }).ClickAsync();
        await Page.GetByTestId("compare-select").ClickAsync();
        await Page.GetByRole(AriaRole.Option, new() { Name = "Valmistelukustannukset" }).ClickAsync();

        var comparison = Page.GetByTestId("key-comparison");
        await Expect(comparison.Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(Page.GetByTestId("comparison-basis")).ToContainTextAsync("Sama jaettava kustannus");
        var changes = (await comparison.GetByTestId("change-percent").AllTextContentsAsync()).Select(t => t.Trim()).ToList();
        Assert.True(changes.Distinct().Count() > 1, "every member changed by the same percentage: " + string.Join(" | ", changes));
        Assert.DoesNotContain(changes, c => c.StartsWith("−9", StringComparison.Ordinal));
        // The same 12 970 000 € on both sides: the difference of the whole is nothing.
        await Expect(comparison.Locator("tfoot")).ToContainTextAsync("0,00 €");
    }

    [Fact]
    public async Task At_1400_px_the_split_table_keeps_the_municipality_and_the_total_in_view_while_it_scrolls()
    {
        Page.Context.SetDefaultTimeout(30_000);
        await Page.SetViewportSizeAsync(1400, 900);
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Expect(Page.GetByTestId("split-table").Locator("tbody tr")).ToHaveCountAsync(6);

        var positions = await Page.EvaluateAsync<double[]>("""
            (scroll) => {
                const table = document.querySelector('[data-testid=split-table]');
                const region = table.closest('.table-region');
                const row = table.querySelector('tbody tr');
                const measure = () => {
                    const box = region.getBoundingClientRect();
                    return [row.querySelector('th').getBoundingClientRect().left - box.left,
                            box.right - row.querySelector('[data-testid=row-total]').getBoundingClientRect().right];
                };
                const overflow = region.scrollWidth - region.clientWidth;
                const before = measure();
                region.scrollLeft = overflow / 2;
                const middle = measure();
                return [overflow, ...before, ...middle];
            }
            """);
        Assert.True(positions[0] > 0, "the split table fits at 1 400 px: nothing to keep in view");
        // Name at the region's left edge and total within its right edge, before and after scrolling half way.
        foreach (var (left, right) in new[] { (positions[1], positions[2]), (positions[3], positions[4]) })
        {
            Assert.InRange(left, -1, 1);
            Assert.InRange(right, -1, 40);
        }
    }
}

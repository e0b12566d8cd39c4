using System.Text;

namespace TyollisyysAlue.E2E.Tests;

/// <summary>Excel habits in the grids (paste a block with a preview, undo) and charts people can take away (PNG, SVG).</summary>
public sealed class GridPasteAndChartTests(AppFixture app) : BrowserTest(app)
{
    // Kuopio, so that Porvoo's split reviewed by other tests never sees these values (tests share one database);
    // the undo at the end puts them back.
    private ILocator Row(string code) => Page.GetByTestId("indicator-grid").Locator($"tr[data-code='{code}']");

    [Fact]
    public async Task Planner_pastes_a_block_by_keyboard_sees_the_bad_cell_fixes_it_saves_and_undoes()
    {
        await SignInPage.SignInAsync(Page, "planner.multi@example.fi");
        await Page.GotoAsync("/areas/kuopio/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Tab, new() { Name = "Indikaattorit" }).ClickAsync();
        await Expect(Row("921")).ToBeVisibleAsync();
        var before = await Task.WhenAll(new[] { "204", "844", "921" }.Select(c => Row(c).Locator("td").First.InnerTextAsync()));

        // Keyboard only: the button by Enter, the block into the focused field as a paste puts it, Save by Enter.
        await Page.GetByTestId("start-paste").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        var text = Page.GetByTestId("paste-text");
        await Expect(text).ToBeVisibleAsync();
        await text.FocusAsync(); // the dialog's own focus trap may take the focus first: the field is the next stop
        await Expect(text).ToBeFocusedAsync();
        await Page.Keyboard.InsertTextAsync("Kaavi\t1\u00A0111\nTervo\t2 222x\nVesanto\t3 333\n");
        await Expect(Page.GetByTestId("paste-problems")).ToContainTextAsync("Rivi 2, sarake 2 (Tervo");
        await Expect(Page.GetByTestId("paste-problems")).ToContainTextAsync("Kirjoita luku");
        await Expect(Page.GetByTestId("paste-save")).ToBeDisabledAsync();
        await Axe.AssertNoViolationsAsync(Page);
        Assert.Equal(before[1], await Row("844").Locator("td").First.InnerTextAsync()); // nothing saved

        // Fixed in Excel and pasted again: Cancel, Paste from Excel, the corrected block.
        await Page.GetByTestId("paste-cancel").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();
        await Page.GetByTestId("start-paste").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(text).ToBeVisibleAsync();
        await text.FocusAsync();
        await Page.Keyboard.InsertTextAsync("Kaavi\t1\u00A0111\nTervo\t2 222\nVesanto\t3 333\n");
        await Expect(Page.GetByTestId("paste-preview").Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(Page.GetByTestId("paste-save")).ToBeEnabledAsync();
        await Page.GetByTestId("paste-save").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();
        await Expect(Row("204").Locator("td").First).ToContainTextAsync("1 111");
        await Expect(Row("844").Locator("td").First).ToContainTextAsync("2 222");
        await Expect(Row("921").Locator("td").First).ToContainTextAsync("3 333");

        await Page.GetByTestId("undo").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Row("204").Locator("td").First).ToHaveTextAsync(before[0]);
        await Expect(Row("844").Locator("td").First).ToHaveTextAsync(before[1]);
        await Expect(Row("921").Locator("td").First).ToHaveTextAsync(before[2]);
        await Expect(Page.GetByTestId("undo")).ToHaveCountAsync(0);

        // Ctrl+V on the grid itself opens the same preview with the clipboard's text; Cancel saves nothing.
        await Page.GetByTestId("grid-paste").Locator(".table-region").EvaluateAsync("""
            (region, text) => {
                const data = new DataTransfer();
                data.setData('text/plain', text);
                region.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
            }
            """, "Kaavi\t9 999\n");
        await Expect(Page.GetByTestId("paste-preview")).ToContainTextAsync("9 999");
        await Page.GetByTestId("paste-cancel").FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("paste-panel")).Not.ToBeAttachedAsync();
        await Expect(Row("204").Locator("td").First).ToHaveTextAsync(before[0]);
    }

    [Fact]
    public async Task Committee_member_downloads_the_split_chart_as_png_and_svg_and_reads_its_table()
    {
        await SignInPage.SignInAsync(Page, "committee.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/budget?year=2025");
        await Interactive.ReadyAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Näytä kaaviot" }).ClickAsync();
        var frame = Page.GetByTestId("chart-frame").Filter(new() { Has = Page.Locator("svg") }).Nth(1); // the bar chart of totals
        await Expect(frame).ToBeVisibleAsync();
        // Round euro ticks, not 655360, 1310720.
        await Expect(frame.Locator("svg text").Filter(new() { HasText = "M€" }).First).ToBeAttachedAsync();

        var png = await Page.RunAndWaitForDownloadAsync(() => frame.GetByTestId("chart-png").ClickAsync());
        Assert.EndsWith("-porvoo-2025.png", png.SuggestedFilename, StringComparison.Ordinal);
        var pngBytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, pngBytes.Take(4));

        var svg = await Page.RunAndWaitForDownloadAsync(() => frame.GetByTestId("chart-svg").ClickAsync());
        Assert.EndsWith("-porvoo-2025.svg", svg.SuggestedFilename, StringComparison.Ordinal);
        var svgText = Encoding.UTF8.GetString(await File.ReadAllBytesAsync((await svg.PathAsync())!));
        Assert.Contains("<svg", svgText, StringComparison.Ordinal);
        Assert.Contains("M€", svgText, StringComparison.Ordinal);

        await frame.GetByTestId("chart-table-toggle").ClickAsync();
        await Expect(frame.GetByTestId("chart-table")).ToContainTextAsync("Loviisa");
        await Axe.AssertNoViolationsAsync(Page);
    }
}

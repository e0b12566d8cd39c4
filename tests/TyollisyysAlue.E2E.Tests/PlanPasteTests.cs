namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Pasting a table from Word (clipboard HTML) or Excel (tab-separated text) into a section keeps it a table: the
/// editor turns it into a Markdown pipe table and the preview shows a real &lt;table&gt;. Uses Porvoo's Swedish draft
/// (the Finnish one is submitted by <see cref="PlanTests"/>) and never saves the section.
/// </summary>
public sealed class PlanPasteTests(AppFixture app) : BrowserTest(app)
{
    private const string Section = "Beredskap för strukturomvandlingar";

    private const string WordHtml = """
        <html><body><!--StartFragment--><table class=MsoTableGrid border=1>
        <tr><td><p class=MsoNormal><b>Kommun</b><o:p></o:p></p></td><td><p class=MsoNormal><b>Servicetorg</b></p></td></tr>
        <tr><td><p class=MsoNormal>Lovisa</p></td><td><p class=MsoNormal>Varje vecka</p><p class=MsoNormal>tisdagar</p></td></tr>
        <tr><td><p class=MsoNormal>Lappträsk</p></td><td><p>Enligt&nbsp;behov | på begäran</p></td></tr>
        </table><!--EndFragment--></body></html>
        """;

    private const string ExcelTabs = "Kommun\tAndel €\r\nBorgå\t16 656 000,00 €\r\n\"Lovisa\nstad\"\t3 912 000,00 €\r\n";

    [Fact]
    public async Task A_table_pasted_from_Word_becomes_a_pipe_table_with_one_cell_per_Word_cell()
    {
        await OpenEditorAsync();
        var body = await PasteAsync("text/html", WordHtml, "3 rows from Word");

        Assert.Contains("| Kommun | Servicetorg |", body, StringComparison.Ordinal);
        Assert.Contains("| Lovisa | Varje vecka tisdagar |", body, StringComparison.Ordinal);
        Assert.Contains(@"| Lappträsk | Enligt behov \| på begäran |", body, StringComparison.Ordinal);
        var preview = Page.GetByTestId("preview").Locator("table");
        await Expect(preview.Locator("th")).ToHaveTextAsync(["Kommun", "Servicetorg"]);
        await Expect(preview.Locator("tbody tr").Nth(0).Locator("td")).ToHaveTextAsync(["Lovisa", "Varje vecka tisdagar"]);
        await Expect(preview.Locator("tbody tr").Nth(1).Locator("td")).ToHaveTextAsync(["Lappträsk", "Enligt behov | på begäran"]);
    }

    [Fact]
    public async Task Tab_separated_text_from_Excel_becomes_a_pipe_table_and_a_quoted_line_break_stays_in_its_cell()
    {
        await OpenEditorAsync();
        var body = await PasteAsync("text/plain", ExcelTabs, "3 rows from Excel");

        Assert.Contains("| Kommun | Andel € |\n| --- | --- |\n| Borgå | 16 656 000,00 € |\n| Lovisa stad | 3 912 000,00 € |", body, StringComparison.Ordinal);
        var preview = Page.GetByTestId("preview").Locator("table");
        await Expect(preview.Locator("th")).ToHaveTextAsync(["Kommun", "Andel €"]);
        await Expect(preview.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(preview.Locator("tbody tr").Nth(1).Locator("td")).ToHaveTextAsync(["Lovisa stad", "3 912 000,00 €"]);
    }

    private async Task OpenEditorAsync()
    {
        await SignInPage.SignInAsync(Page, "planner.porvoo@example.fi");
        await Page.GotoAsync("/areas/porvoo/plan");
        await Interactive.ReadyAsync(Page);
        await Page.GetByTestId("counterpart").ClickAsync();
        await Page.GetByTestId("outline").GetByRole(AriaRole.Button, new() { Name = Section }).ClickAsync();
        await Expect(Page.GetByTestId("section-heading")).ToContainTextAsync(Section);
        await Page.GetByTestId("edit-section").ClickAsync();
        // The paste handler is attached once the editor is interactive (it marks the textarea).
        await Expect(Page.Locator("textarea[data-plan-editor='1']")).ToBeAttachedAsync();
    }

    /// <summary>
    /// Dispatches a real paste event carrying the clipboard data on an emptied textarea, and returns the text once the
    /// preview shows the table. If a re-render of the fresh circuit put the old text back first, pastes again.
    /// </summary>
    private async Task<string> PasteAsync(string type, string data, string because)
    {
        var area = Page.GetByTestId("section-body");
        var table = Page.GetByTestId("preview").Locator("table");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await area.EvaluateAsync("""
                (area, [type, data]) => {
                    area.value = '';
                    area.focus();
                    area.setSelectionRange(0, 0);
                    const dt = new DataTransfer();
                    dt.setData(type, data);
                    if (type === 'text/html') dt.setData('text/plain', 'not the table');
                    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
                }
                """, new[] { type, data });
            await Task.Delay(500);
            if (await table.CountAsync() == 1 && (await area.InputValueAsync()).Contains("| --- |", StringComparison.Ordinal)) break;
        }
        await Expect(table).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        var body = await area.InputValueAsync();
        Assert.True(body.Contains("| --- |", StringComparison.Ordinal), because + ": " + body);
        return body;
    }
}

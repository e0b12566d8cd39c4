namespace TyollisyysAlue.E2E.Tests;

/// <summary>
/// Pasting a table from Word (clipboard HTML) or Excel (tab-separated text) into a section keeps it a table: the
/// editor shows a real &lt;table&gt; with the first row as its header, and saves it as a Markdown pipe table. Uses Porvoo's Swedish draft
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
        var table = PlanEditor.Body(Page).Locator("table");
        await Expect(table.Locator("th")).ToHaveTextAsync(["Kommun", "Servicetorg"]);
        // Word's two paragraphs in one cell stay in that cell (the Markdown joins them with a space).
        await Expect(table.Locator("tr").Nth(1).Locator("td").First).ToHaveTextAsync("Lovisa");
        await Expect(table.Locator("tr").Nth(1).Locator("td").Nth(1).Locator("p")).ToHaveTextAsync(["Varje vecka", "tisdagar"]);
        await Expect(table.Locator("tr").Nth(2).Locator("td")).ToHaveTextAsync(["Lappträsk", "Enligt behov | på begäran"]);
    }

    [Fact]
    public async Task Tab_separated_text_from_Excel_becomes_a_pipe_table_and_a_quoted_line_break_stays_in_its_cell()
    {
        await OpenEditorAsync();
        var body = await PasteAsync("text/plain", ExcelTabs, "3 rows from Excel");

        Assert.Contains("| Kommun | Andel € |\n| --- | --- |\n| Borgå | 16 656 000,00 € |\n| Lovisa stad | 3 912 000,00 € |", body, StringComparison.Ordinal);
        var table = PlanEditor.Body(Page).Locator("table");
        await Expect(table.Locator("th")).ToHaveTextAsync(["Kommun", "Andel €"]);
        await Expect(table.Locator("tr:has(td)")).ToHaveCountAsync(2);
        await Expect(table.Locator("tr").Nth(2).Locator("td")).ToHaveTextAsync(["Lovisa stad", "3 912 000,00 €"]);
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
        // The paste handler is the editor's own, there once the editor is interactive.
        await PlanEditor.ReadyAsync(Page);
    }

    /// <summary>
    /// Dispatches a real paste event carrying the clipboard data into the emptied editor, and returns the Markdown once
    /// the editor shows the table.
    /// </summary>
    private async Task<string> PasteAsync(string type, string data, string because)
    {
        await PlanEditor.ClearAsync(Page);
        await PlanEditor.Body(Page).EvaluateAsync("""
            (area, [type, data]) => {
                area.focus();
                const dt = new DataTransfer();
                dt.setData(type, data);
                if (type === 'text/html') dt.setData('text/plain', 'not the table');
                area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
            }
            """, new[] { type, data });
        await Expect(PlanEditor.Body(Page).Locator("table")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        var body = await PlanEditor.MarkdownAsync(Page);
        Assert.True(body.Contains("| --- |", StringComparison.Ordinal), because + ": " + body);
        return body;
    }
}

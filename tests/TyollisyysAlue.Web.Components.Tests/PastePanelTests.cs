using Bunit;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Texts.Pasting;
using TyollisyysAlue.Web.Components.Shared.Pasting;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>The paste preview shared by the grids: where each figure lands, every problem named, and no save while one remains.</summary>
public class PastePanelTests : ComponentTest
{
    private static readonly PasteTarget Grid = new(
        [new("434", "Loviisa", ["Lovisa", "434"]), new("638", "Porvoo", ["Borgå", "638"]), new("504", "Myrskylä", ["Mörskom", "504"])],
        [new("2024-12-31", "31.12.2024"), new("2025-12-31", "31.12.2025")],
        new NumberRule(2));

    private PastePreview? _saved;

    private IRenderedComponent<PastePanel> RenderPanel()
    {
        RenderProviders();
        return Render<PastePanel>(ps => ps.Add(p => p.Target, Grid).Add(p => p.OnSave, preview => { _saved = preview; return Task.CompletedTask; }));
    }

    private static void Paste(IRenderedComponent<PastePanel> panel, string text) => panel.InvokeAsync(() => panel.Find("textarea[data-testid=paste-text]").Input(text)).GetAwaiter().GetResult();

    [Fact]
    public void A_bad_cell_is_named_by_line_column_member_and_date_and_Save_stays_disabled()
    {
        var panel = RenderPanel();

        Paste(panel, "1 200\t1 300\n1 400\t12,5x\n1 600\t1 700\n");

        var problem = panel.Find("[data-testid=paste-problems] li").TextContent;
        Assert.Equal(Text("Paste.ProblemAtCell", 2, 2, "Porvoo", "31.12.2025", "12,5x", Text(NumberInput.Invalid)), problem);
        Assert.True(panel.Find("[data-testid=paste-save]").HasAttribute("disabled"));
        Assert.Null(_saved);
    }

    [Fact]
    public void A_clean_block_shows_where_each_figure_lands_and_Save_hands_over_the_preview()
    {
        var panel = RenderPanel();

        Paste(panel, "Borgå\t1 310 000,5\t2\nLoviisa\t3\t4\n");

        var rows = panel.FindAll("[data-testid=paste-preview] tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["Porvoo|31.12.2024|1 310 000,5", "Porvoo|31.12.2025|2", "Loviisa|31.12.2024|3", "Loviisa|31.12.2025|4"],
            rows.Select(r => r.Replace('\u00A0', ' ')));
        Assert.Empty(panel.FindAll("[data-testid=paste-problems]"));
        panel.Find("[data-testid=paste-save]").Click();
        Assert.Equal(4, _saved!.Cells.Count);
    }

    [Fact]
    public void A_block_without_labels_lands_by_position_offers_a_start_row_and_names_lines_below_the_grid()
    {
        var panel = RenderPanel();
        Paste(panel, "5\t6\n7\t8\n9\n10\n");
        Assert.Equal(Text("Paste.NoRow"), panel.Find("[data-testid=paste-problems] li").TextContent.Split(": ").Last());

        Assert.NotEmpty(panel.FindAll("[data-testid=paste-start-row]"));
        Paste(panel, "5\t6\n7\t8\n");
        Assert.Equal(["Loviisa", "Loviisa", "Porvoo", "Porvoo"], panel.FindAll("[data-testid=paste-preview] tbody th").Select(t => t.TextContent));
    }

    [Fact]
    public void Budget_line_amounts_preview_with_the_lines_names_and_the_amount_column_and_an_unknown_line_is_refused()
    {
        RenderProviders();
        var (area, budget) = (Guid.NewGuid(), Guid.NewGuid());
        var lines = new[]
        {
            new Domain.Budgets.BudgetLineItem(Guid.NewGuid(), area, budget, 0, Domain.Budgets.BudgetLineKind.Expense, "Henkilöstökulut", 1m),
            new Domain.Budgets.BudgetLineItem(Guid.NewGuid(), area, budget, 1, Domain.Budgets.BudgetLineKind.Expense, "Vuokrat", 2m),
        };
        var target = Pages.Budget.BudgetPaste.TargetOf(lines, Text("Budget.Amount"));
        var panel = Render<PastePanel>(ps => ps.Add(p => p.Target, target).Add(p => p.HelpKey, "Paste.HelpBudget")
            .Add(p => p.OnSave, preview => { _saved = preview; return Task.CompletedTask; }));
        Assert.Contains(Text("Paste.HelpBudget"), panel.Markup, StringComparison.Ordinal);

        Paste(panel, "Vuokrat\t1 310 000,50 €\nMatkat\t5\n");

        Assert.Equal(Text("Paste.ProblemAt", 2, 1, "Matkat", Text("Paste.UnknownRow", "Matkat")), panel.Find("[data-testid=paste-problems] li").TextContent);
        Assert.True(panel.Find("[data-testid=paste-save]").HasAttribute("disabled"));
        Paste(panel, "Vuokrat\t1 310 000,50 €\n");
        var row = panel.Find("[data-testid=paste-preview] tbody tr");
        Assert.Equal(["Vuokrat", Text("Budget.Amount"), "1 310 000,5"], row.Children.Select(c => c.TextContent.Replace('\u00A0', ' ')));
        panel.Find("[data-testid=paste-save]").Click();
        Assert.Equal(1_310_000.50m, Assert.Single(_saved!.Cells).Value);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TyollisyysAlue.Application.Budgets;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Staffing;
using TyollisyysAlue.Texts.Pasting;
using TyollisyysAlue.Web.Components.Pages.Budget;
using TyollisyysAlue.Web.Components.Pages.Staffing;
using TyollisyysAlue.Web.Components.Shared.Pasting;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>
/// Budget lines and staff rows as paste targets: rows by label or by position from the focused row, ragged rows and
/// extra columns, unknown labels refused; the write of a block holds only changed rows and its undo expects what was written.
/// </summary>
public class GridPasteTargetTests : ComponentTest
{
    private static readonly Guid Area = Guid.NewGuid();
    private static readonly Guid BudgetId = Guid.NewGuid();

    private static readonly BudgetLineItem Staff = new(Guid.NewGuid(), Area, BudgetId, 0, BudgetLineKind.Expense, "Henkilöstökulut", 1_000_000m);
    private static readonly BudgetLineItem Rent = new(Guid.NewGuid(), Area, BudgetId, 1, BudgetLineKind.Expense, "Vuokrat", 200_000m);
    private static readonly BudgetLineItem Grant = new(Guid.NewGuid(), Area, BudgetId, 0, BudgetLineKind.Income, "Valtionosuus", 900_000m);

    // The page shows expenses first whatever order the lines come in.
    private static PasteTarget Budget => BudgetPaste.TargetOf([Grant, Staff, Rent], "Summa");

    private static PastePreview Map(PasteTarget target, string text, int row = 0) => PasteMapping.Map(PastedBlock.Parse(text), target, new(row, 0));

    [Fact]
    public void Budget_amounts_by_label_in_any_order_skip_the_header_and_read_Excel_euros()
    {
        var preview = Map(Budget, "Rivi\tSumma\nvaltionosuus\t1\nVuokrat\t1 310 000,50 €\nHenkilöstökulut\t12\u00A0000\n");

        Assert.True(preview.CanSave);
        Assert.True(preview.SkippedHeader);
        Assert.Equal([(Grant.Id, 1m), (Rent.Id, 1_310_000.50m), (Staff.Id, 12_000m)], preview.Cells.Select(c => (Guid.Parse(c.Row.Key), c.Value)));
    }

    [Fact]
    public void Budget_amounts_without_labels_land_by_position_from_the_focused_row_and_a_ragged_empty_cell_changes_nothing()
    {
        var preview = Map(Budget, "5\n\n7\n");

        Assert.False(preview.HasLabels);
        Assert.Equal([(Staff.Id, 5m), (Grant.Id, 7m)], preview.Cells.Select(c => (Guid.Parse(c.Row.Key), c.Value)));
        Assert.Equal([PastePreview.NoRow], Map(Budget, "5\n6\n7\n", row: 1).Problems.Select(p => p.Code));
    }

    [Fact]
    public void An_unknown_budget_line_is_a_row_error_not_a_new_line_and_an_extra_column_is_a_cell_error()
    {
        var preview = Map(Budget, "Matkat\t5\nVuokrat\t6\t7\n");

        Assert.False(preview.CanSave);
        Assert.Equal([(PastePreview.UnknownRow, 1, 1), (PastePreview.NoColumn, 2, 3)], preview.Problems.Select(p => (p.Code, p.Line, p.Column)));
        Assert.Equal("Matkat", preview.Problems[0].Args[0]);
        Assert.Equal([6m], preview.Cells.Select(c => c.Value));
    }

    [Fact]
    public void Staff_rows_answer_to_their_shown_name_and_to_a_location_only_one_row_has()
    {
        var l = Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var guidance = new StaffAllocation(Guid.NewGuid(), Area, "Kuopio", KeyProcess.Guidance, StaffFunding.Area, 26.5m);
        var matching = new StaffAllocation(Guid.NewGuid(), Area, "Kuopio", KeyProcess.JobMatching, StaffFunding.Area, 10m);
        var varkaus = new StaffAllocation(Guid.NewGuid(), Area, "Varkaus", null, StaffFunding.Area, 4m);
        var target = StaffPaste.TargetOf(l, [guidance, matching, varkaus]);

        var preview = Map(target, $"{StaffPaste.NameOf(l, matching)}\t12,5\nVarkaus\t5\nKuopio\t1\n");

        Assert.Equal([(matching.Id, 12.5m), (varkaus.Id, 5m)], preview.Cells.Select(c => (Guid.Parse(c.Row.Key), c.Value)));
        Assert.Equal([PastePreview.UnknownRow], preview.Problems.Select(p => p.Code)); // "Kuopio" alone names two rows
        Assert.Equal([Text("Number.TooManyDecimals", 2)], Map(target, "1,005\n").Problems.Select(p => Text(p.Code, p.Args)));
    }

    [Fact]
    public void A_blocks_write_holds_only_changed_rows_at_their_shown_version_and_its_undo_expects_what_was_written()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var shown = new Dictionary<Guid, RowFigure> { [a] = new(10m, 5, IsDemo: true), [b] = new(20m, 6) };
        var target = new PasteTarget([new(a.ToString(), "A", ["A"]), new(b.ToString(), "B", ["B"])], [new("v", "V")], new(2));

        Assert.Null(RowFigures.FormOf<BudgetAmountsForm>(Map(target, "A\t10\nB\t20\n"), shown));
        var written = RowFigures.FormOf<BudgetAmountsForm>(Map(target, "A\t11\nB\t20\n"), shown)!;
        var row = Assert.Single(written.Rows);
        Assert.Equal((a, 5u, 11m, (decimal?)null), (row.Id, row.Version, row.Value, row.Expected));

        var after = new Dictionary<Guid, RowFigure> { [a] = new(11m, 9), [b] = new(20m, 6) };
        var undo = Assert.Single(RowFigures.UndoOf(shown, after, written)!.Rows);
        Assert.Equal((a, 9u, 10m, (decimal?)11m, true), (undo.Id, undo.Version, undo.Value, undo.Expected, undo.IsDemo));
    }
}

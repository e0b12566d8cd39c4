using TyollisyysAlue.Texts;
using TyollisyysAlue.Texts.Pasting;

namespace TyollisyysAlue.Web.Tests.Localization;

/// <summary>The one reader of blocks pasted from Excel into a grid: Finnish figures, ragged rows, extra columns, labels.</summary>
public class PasteMappingTests
{
    private static readonly PasteTarget Grid = new(
        [
            new("434", "Loviisa", ["Lovisa", "434"]),
            new("638", "Porvoo", ["Borgå", "638"]),
            new("504", "Myrskylä", ["Mörskom", "504"]),
        ],
        [new("2024-12-31", "31.12.2024"), new("2025-12-31", "31.12.2025")],
        NumberRule.Euros);

    private static PastePreview Map(string text, int row = 0, int column = 0) => PasteMapping.Map(PastedBlock.Parse(text), Grid, new(row, column));

    [Fact]
    public void Excel_block_of_Finnish_figures_with_any_space_lands_from_the_focused_cell()
    {
        var preview = Map("1 310 000,50 €\t12\u00A0000\r\n7\u202F500,5\t8\r\n", row: 1);

        Assert.True(preview.CanSave);
        Assert.False(preview.HasLabels);
        Assert.Equal(
            [("638", "2024-12-31", 1310000.50m), ("638", "2025-12-31", 12000m), ("504", "2024-12-31", 7500.5m), ("504", "2025-12-31", 8m)],
            preview.Cells.Select(c => (c.Row.Key, c.Target.Key, c.Value)));
    }

    [Fact]
    public void Label_column_maps_rows_by_name_in_either_language_or_code_and_skips_the_header()
    {
        var preview = Map("Kunta\t31.12.2024\t31.12.2025\nBorgå\t100\t200\nloviisa\t300\t\n");

        Assert.True(preview.HasLabels);
        Assert.True(preview.SkippedHeader);
        Assert.Equal([("638", "2024-12-31", 100m), ("638", "2025-12-31", 200m), ("434", "2024-12-31", 300m)],
            preview.Cells.Select(c => (c.Row.Key, c.Target.Key, c.Value)));
    }

    [Fact]
    public void Codes_as_the_first_column_name_the_rows()
    {
        var preview = Map("504\t1\n434\t2");

        Assert.True(preview.HasLabels);
        Assert.Equal([("504", 1m), ("434", 2m)], preview.Cells.Select(c => (c.Row.Key, c.Value)));
    }

    [Fact]
    public void Ragged_rows_change_only_the_cells_they_have()
    {
        var preview = Map("1\t2\n3\n\t4");

        Assert.True(preview.CanSave);
        Assert.Equal([("434", "2024-12-31"), ("434", "2025-12-31"), ("638", "2024-12-31"), ("504", "2025-12-31")],
            preview.Cells.Select(c => (c.Row.Key, c.Target.Key)));
    }

    [Fact]
    public void Bad_cell_is_named_by_line_column_row_and_header_and_blocks_the_save()
    {
        var preview = Map("1\t2\n3\t12,5x\n5\t6");

        Assert.False(preview.CanSave);
        var problem = Assert.Single(preview.Problems);
        Assert.Equal((2, 2, "Porvoo", "31.12.2025", NumberInput.Invalid, "12,5x"),
            (problem.Line, problem.Column, problem.Row!.Name, problem.Target!.Header, problem.Code, problem.Text));
    }

    [Fact]
    public void Extra_columns_and_rows_beyond_the_grid_are_problems_not_dropped_silently()
    {
        var preview = Map("1\t2\t3\n4\t5\n6\n7", row: 1);

        Assert.Equal([(1, 3, PastePreview.NoColumn), (3, 1, PastePreview.NoRow), (4, 1, PastePreview.NoRow)], preview.Problems.Select(p => (p.Line, p.Column, p.Code)));
        Assert.False(preview.CanSave);
    }

    [Fact]
    public void Unknown_and_repeated_labels_are_problems()
    {
        var preview = Map("Helsinki\t1\nPorvoo\t2\nBorgå\t3");

        Assert.Equal([(1, PastePreview.UnknownRow, "Helsinki"), (3, PastePreview.DuplicateRow, "Porvoo")],
            preview.Problems.Select(p => (p.Line, p.Code, (string)p.Args[0])));
    }

    [Fact]
    public void Quoted_cells_and_empty_clipboard()
    {
        Assert.Equal(["a\tb", "say \"x\""], PastedBlock.Parse("\"a\tb\"\t\"say \"\"x\"\"\"\n").Rows[0]);
        Assert.Equal(PastePreview.Nothing, Assert.Single(Map("\n\n").Problems).Code);
        Assert.Equal(NumberInput.NotNegative, Assert.Single(Map("-5").Problems).Code);
    }
}

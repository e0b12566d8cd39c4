using ClosedXML.Excel;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>Reads an exported workbook back the way a finance officer's spreadsheet would: by headings, evaluating formulas.</summary>
internal static class WorkbookReading
{
    public static XLWorkbook Open(byte[] xlsx) => new(new MemoryStream(xlsx));

    /// <summary>The formula's value (ClosedXML evaluates it) in cents; it must be a whole number of cents.</summary>
    public static long Cents(this IXLCell cell)
    {
        var cents = cell.GetDouble() * 100;
        var rounded = Math.Round(cents);
        Assert.True(Math.Abs(cents - rounded) < 1e-3, $"{cell.Address} = {cents} cents is not a whole cent.");
        return (long)rounded;
    }

    public static IXLCell FormulaCell(this IXLWorksheet sheet, int row, int column)
    {
        var cell = sheet.Cell(row, column);
        Assert.True(cell.HasFormula, $"{sheet.Name}!{cell.Address} should be a formula but is the value {cell.Value}.");
        return cell;
    }

    /// <summary>The first row whose first cell is <paramref name="heading"/>.</summary>
    public static int RowStartingWith(this IXLWorksheet sheet, string heading) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == heading).RowNumber();

    /// <summary>The columns of a heading row whose text is <paramref name="heading"/>, left to right.</summary>
    public static List<int> ColumnsHeaded(this IXLWorksheet sheet, int row, string heading) =>
        sheet.Row(row).CellsUsed().Where(c => c.GetString() == heading).Select(c => c.Address.ColumnNumber).ToList();

    public static int ColumnHeaded(this IXLWorksheet sheet, int row, string heading) => Assert.Single(sheet.ColumnsHeaded(row, heading));
}

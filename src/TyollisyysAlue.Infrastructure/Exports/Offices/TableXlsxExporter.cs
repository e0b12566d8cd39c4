using TyollisyysAlue.Texts;
using ClosedXML.Excel;

namespace TyollisyysAlue.Infrastructure.Exports.Offices;

/// <summary>
/// One sheet of a simple table export: title, column headings and rows whose cells are text or numbers.
/// <see cref="SumColumns"/> get a totals row of live SUM formulas (staff tables add up in Excel as on the page).
/// </summary>
/// <summary>A live formula in a row, with "{r}" standing for the row's number, e.g. "=B{r}+D{r}-C{r}-E{r}".</summary>
public sealed record RowFormula(string Formula);

public sealed record TableSheet(string Name, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows,
    string? TotalsLabel = null, IReadOnlyList<int>? SumColumns = null, string? Note = null);

/// <summary>Offices, coverage, production areas, staff and partners as .xlsx (ClosedXML), one sheet per table.</summary>
public static class TableXlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Decimal2 = Formats.SheetNumber;

    public static byte[] Export(IEnumerable<TableSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in sheets) Add(workbook, table);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    private static void Add(XLWorkbook workbook, TableSheet table)
    {
        var sheet = workbook.Worksheets.Add(SafeName(table.Name));
        sheet.Cell(1, 1).SetValue(table.Title).Style.Font.SetBold().Font.SetFontSize(14);
        if (table.Note is { } note) sheet.Cell(2, 1).SetValue(note);
        const int headerRow = 3;
        for (var c = 0; c < table.Headers.Count; c++) sheet.Cell(headerRow, c + 1).SetValue(table.Headers[c]);
        sheet.Range(headerRow, 1, headerRow, Math.Max(1, table.Headers.Count)).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightGray);
        var row = headerRow + 1;
        foreach (var values in table.Rows)
        {
            for (var c = 0; c < values.Count; c++) Set(sheet.Cell(row, c + 1), values[c]);
            row++;
        }
        if (table.TotalsLabel is { } label && table.SumColumns is { Count: > 0 } sums)
        {
            sheet.Cell(row, 1).SetValue(label);
            foreach (var c in sums)
            {
                var letter = XLHelper.GetColumnLetterFromNumber(c + 1);
                sheet.Cell(row, c + 1).FormulaA1 = row > headerRow + 1 ? $"SUM({letter}{headerRow + 1}:{letter}{row - 1})" : "0";
                sheet.Cell(row, c + 1).Style.NumberFormat.Format = Decimal2;
            }
            sheet.Range(row, 1, row, table.Headers.Count).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        }
        sheet.SheetView.FreezeRows(headerRow);
        // Widths from the text length (ClosedXML's AdjustToContents needs GDI+ fonts, absent on Linux servers).
        for (var c = 1; c <= table.Headers.Count; c++)
        {
            var longest = sheet.Range(headerRow, c, row, c).CellsUsed().Select(cell => cell.GetFormattedString().Length).DefaultIfEmpty(8).Max();
            sheet.Column(c).Width = Math.Clamp(longest + 2, 8, 60);
        }
    }

    private static void Set(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: break;
            case decimal d: cell.SetValue(d); cell.Style.NumberFormat.Format = Decimal2; break;
            case int i: cell.SetValue(i); break;
            case RowFormula f: cell.FormulaA1 = f.Formula.Replace("{r}", cell.Address.RowNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal); cell.Style.NumberFormat.Format = Decimal2; break;
            case DateOnly day: cell.SetValue(day.ToDateTime(TimeOnly.MinValue)); cell.Style.DateFormat.Format = Formats.SheetDate; break;
            default: cell.DataType = XLDataType.Text; cell.SetValue(value.ToString()); break;
        }
    }

    /// <summary>Excel's sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SafeName(string name)
    {
        var clean = new string(name.Select(ch => ":\\/?*[]".Contains(ch) ? ' ' : ch).ToArray()).Trim();
        return clean.Length > 31 ? clean[..31] : clean;
    }
}

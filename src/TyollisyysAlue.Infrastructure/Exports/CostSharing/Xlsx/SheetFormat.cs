using ClosedXML.Excel;
using TyollisyysAlue.Texts;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Infrastructure.Exports.CostSharing.Xlsx;

/// <summary>What every sheet shares: the title lines, heading style, number formats and totals rows.</summary>
internal static class SheetFormat
{
    /// <summary>Spreadsheets show these with the reader's own separators, e.g. "1 234,56" in Finnish Excel.</summary>
    public const string Euros = Formats.SheetEuros;
    public const string Quota = "#,##0.000000";
    public const string Cents = "0";

    public static void Title(IXLWorksheet sheet, CostSharingExportHeader header, string title)
    {
        sheet.Cell(1, 1).SetValue($"{header.AreaName} – {title} {header.BudgetYear}").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue($"{header.Texts["SplitExport.BudgetYear", header.BudgetYear]} · {header.KeyLine} · {header.GeneratedLine}");
    }

    public static void Heading(IXLRange range) =>
        range.Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightGray).Alignment.SetWrapText();

    public static IXLCell Text(this IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        return cell;
    }

    public static IXLCell Euro(this IXLCell cell, Money amount) => cell.SetValue(amount.ToEuros());

    /// <summary>A SUM formula under each given column, over the data rows, labelled in <paramref name="labelColumn"/>.</summary>
    public static void TotalsRow(IXLWorksheet sheet, int row, int firstDataRow, string label, int labelColumn, IReadOnlyList<int> columns)
    {
        sheet.Cell(row, labelColumn).SetValue(label);
        foreach (var column in columns)
            sheet.Cell(row, column).FormulaA1 = $"SUM({Column(column)}{firstDataRow}:{Column(column)}{row - 1})";
        var totals = sheet.Range(row, 1, row, columns.Max());
        totals.Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
    }

    public static string Column(int column) => XLHelper.GetColumnLetterFromNumber(column);

    /// <summary>"$E$8": a reference that stays put when a formula is copied.</summary>
    public static string Fixed(int row, int column) => $"${Column(column)}${row}";
}

using TyollisyysAlue.Texts;
using ClosedXML.Excel;
using TyollisyysAlue.Application.Services;

namespace TyollisyysAlue.Infrastructure.Exports.Services;

/// <summary>What the workbook is titled with, in the reader's language; <see cref="Texts"/> is the resource table in it.</summary>
public sealed record ServicesExportLabels(string AreaName, string Language, DateTimeOffset Generated)
{
    public TextTable Texts => TextTable.In(Language);
}

/// <summary>
/// An area's services of a year as .xlsx: the services (totals as SUM formulas), the summary by production mode and
/// by statutory class (SUMIF/COUNTIF formulas over the services sheet, so they total the same cents) and the
/// procurement plan with its warnings.
/// </summary>
public static class ServicesXlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Export(ServiceYear data, ServicesExportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(labels);
        using var workbook = new XLWorkbook();
        var services = ServicesSheet.Add(workbook, data, labels);
        SummarySheet.Add(workbook, data, labels, services);
        ProcurementSheet.Add(workbook, data, labels);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    internal const string Euros = Formats.SheetEuros;

    internal static void Title(IXLWorksheet sheet, ServicesExportLabels labels, string title, int year)
    {
        sheet.Cell(1, 1).SetValue($"{labels.AreaName} – {title} {year}").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue($"{labels.Texts["Services.Generated"]}: {Formats.Time(labels.Generated)}");
    }

    internal static void Headings(IXLWorksheet sheet, int row, IReadOnlyList<string> headings)
    {
        for (var i = 0; i < headings.Count; i++) sheet.Cell(row, i + 1).SetValue(headings[i]);
        sheet.Range(row, 1, row, headings.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightGray).Alignment.SetWrapText();
    }

    /// <summary>Fixed widths: measuring text (AdjustToContents) needs GDI+, which a Linux server does not have.</summary>
    internal static void Widths(IXLWorksheet sheet, int columns)
    {
        sheet.Column(1).Width = 48;
        for (var c = 2; c <= columns; c++) sheet.Column(c).Width = 20;
    }

    internal static string Col(int column) => XLHelper.GetColumnLetterFromNumber(column);
}

using TyollisyysAlue.Texts;
using ClosedXML.Excel;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Procurement;
using static TyollisyysAlue.Infrastructure.Exports.Services.ServicesXlsxExporter;

namespace TyollisyysAlue.Infrastructure.Exports.Services;

/// <summary>The procurement plan: one row a line, its threshold and warnings, the total as a SUM formula and the warnings counted.</summary>
internal static class ProcurementSheet
{
    private const int HeaderRow = 4;

    public static void Add(XLWorkbook workbook, ServiceYear data, ServicesExportLabels labels)
    {
        var t = labels.Texts;
        var language = labels.Language;
        var sheet = workbook.AddWorksheet(t["Procurement.SheetName"]);
        Title(sheet, labels, t["Procurement.Tab"], data.Year);
        Headings(sheet, HeaderRow,
        [
            t["Procurement.Title"], t["Services.Service"], t["Procurement.Category"], t["Procurement.Threshold"], t["Procurement.Value"],
            t["Procurement.Procedure"], t["Procurement.Ground"], t["Procurement.Supplier"], t["Procurement.TenderDate"],
            t["Procurement.ContractMonths"], t["Procurement.Warnings"], t["Services.DemoMark"],
        ]);
        var row = HeaderRow + 1;
        foreach (var p in data.Procurements)
        {
            var l = p.Line;
            var threshold = ProcurementRules.ThresholdFor(l.Category);
            sheet.Cell(row, 1).SetValue(l.Title ?? "");
            sheet.Cell(row, 2).SetValue(p.Offering?.NameIn(language) ?? "");
            sheet.Cell(row, 3).SetValue(t[$"Procurement.Category.{l.Category}"]);
            sheet.Cell(row, 4).SetValue(threshold).Style.NumberFormat.Format = Euros;
            sheet.Cell(row, 5).SetValue(l.EstimatedValue).Style.NumberFormat.Format = Euros;
            sheet.Cell(row, 6).SetValue(l.Procedure is { } proc ? t[$"Procurement.Procedure.{proc}"] : "");
            sheet.Cell(row, 7).SetValue(l.DirectAwardGround is { } g ? t[$"Procurement.Ground.{g}"] : "");
            sheet.Cell(row, 8).SetValue(l.Supplier ?? "");
            if (l.TenderDate is { } date) sheet.Cell(row, 9).SetValue(date.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = Formats.SheetDate;
            if (l.ContractMonths is { } months) sheet.Cell(row, 10).SetValue(months);
            sheet.Cell(row, 11).SetValue(string.Join(" ", p.Flags.Select(f => t[$"Procurement.Flag.{f}", Formats.Euros(threshold)])));
            sheet.Cell(row, 12).SetValue(l.IsDemo ? t["Services.DemoMark"] : "");
            row++;
        }
        sheet.Cell(row, 1).SetValue(t["Services.TotalLabel"]);
        sheet.Cell(row, 5).FormulaA1 = $"SUM(E{HeaderRow + 1}:E{Math.Max(row - 1, HeaderRow + 1)})";
        sheet.Cell(row, 5).Style.NumberFormat.Format = Euros;
        sheet.Range(row, 1, row, 12).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        foreach (var flag in Enum.GetValues<ProcurementFlag>())
        {
            row++;
            sheet.Cell(row, 1).SetValue(t[$"Procurement.FlagCount.{flag}", data.FlagCount(flag)]);
        }
        Widths(sheet, 12);
        sheet.SheetView.FreezeRows(HeaderRow);
    }
}

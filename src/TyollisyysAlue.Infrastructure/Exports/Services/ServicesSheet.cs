using TyollisyysAlue.Texts;
using ClosedXML.Excel;
using TyollisyysAlue.Application.Services;
using TyollisyysAlue.Domain.Services;
using static TyollisyysAlue.Infrastructure.Exports.Services.ServicesXlsxExporter;

namespace TyollisyysAlue.Infrastructure.Exports.Services;

/// <summary>Where the services sheet put its data, for the summary's formulas.</summary>
internal sealed record ServicesRange(string SheetName, int FirstRow, int LastRow, int ModeColumn, int ClassColumn, int CostColumn);

internal static class ServicesSheet
{
    private const int HeaderRow = 4;

    public static ServicesRange Add(XLWorkbook workbook, ServiceYear data, ServicesExportLabels labels)
    {
        var t = labels.Texts;
        var sheet = workbook.AddWorksheet(t["Services.SheetServices"]);
        Title(sheet, labels, t["Nav.Services"], data.Year);
        Headings(sheet, HeaderRow,
        [
            t["Services.Service"], t["Services.GroupHeader"], t["Services.AudienceShort"], t["Services.Mode"], t["Services.Class"], t["Services.TargetGroups"],
            t["Services.Volume"], t["Services.Unit"], t["Services.Cost"], t["Services.Producer"], t["Services.DemoMark"],
        ]);
        var row = HeaderRow + 1;
        foreach (var o in data.Offerings)
        {
            var offering = o.Offering;
            sheet.Cell(row, 1).SetValue(o.NameIn(labels.Language));
            sheet.Cell(row, 2).SetValue(t[$"Services.Group.{o.Group}"]);
            sheet.Cell(row, 3).SetValue(o.Audience.Letter());
            sheet.Cell(row, 4).SetValue(t[$"Services.Mode.{offering.Mode}"]);
            sheet.Cell(row, 5).SetValue(ClassName(offering.StatutoryClass, t));
            sheet.Cell(row, 6).SetValue(string.Join(", ", offering.TargetGroups.Each().Select(g => t[$"Services.Target.{g}"])));
            if (offering.Volume is { } volume) sheet.Cell(row, 7).SetValue(volume);
            sheet.Cell(row, 8).SetValue(t[$"Services.Unit.{offering.VolumeUnit}"]);
            sheet.Cell(row, 9).SetValue(offering.Cost).Style.NumberFormat.Format = Euros;
            sheet.Cell(row, 10).SetValue(offering.Producer ?? "");
            sheet.Cell(row, 11).SetValue(offering.IsDemo ? t["Services.DemoMark"] : "");
            row++;
        }
        var last = row - 1;
        sheet.Cell(row, 1).SetValue(t["Services.TotalLabel"]);
        sheet.Cell(row, 7).FormulaA1 = $"SUM(G{HeaderRow + 1}:G{Math.Max(last, HeaderRow + 1)})";
        sheet.Cell(row, 9).FormulaA1 = $"SUM(I{HeaderRow + 1}:I{Math.Max(last, HeaderRow + 1)})";
        sheet.Cell(row, 9).Style.NumberFormat.Format = Euros;
        sheet.Range(row, 1, row, 11).Style.Font.SetBold().Border.SetTopBorder(XLBorderStyleValues.Thin);
        Widths(sheet, 11);
        sheet.SheetView.FreezeRows(HeaderRow);
        return new ServicesRange(sheet.Name, HeaderRow + 1, Math.Max(last, HeaderRow + 1), 4, 5, 9);
    }

    public static string ClassName(StatutoryClass? c, TextTable t) => c is { } v ? t.Of("Services.Class", v) : t["Services.Unclassified"];
}

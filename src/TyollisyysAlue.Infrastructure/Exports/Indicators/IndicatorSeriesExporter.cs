using System.Globalization;
using ClosedXML.Excel;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Infrastructure.Exports.CostSharing.Csv;
using TyollisyysAlue.Texts;

namespace TyollisyysAlue.Infrastructure.Exports.Indicators;

/// <summary>What the export is titled and labelled with; <see cref="Text"/> translates a resource key.</summary>
public sealed record SeriesExportLabels(string AreaName, string Language, DateTimeOffset Generated, Func<string, string> Text);

/// <summary>
/// An indicator of the area's members over time as .xlsx (a period per row, a member per column, the area total as a
/// SUM formula where every member has a value) and as CSV for Finnish Excel. Names and headings in the user's language.
/// </summary>
public static class IndicatorSeriesExporter
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    public static byte[] Xlsx(IndicatorSeries series, SeriesExportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(labels);
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(Sheet(labels.Text("Series.Tab")));
        sheet.Cell(1, 1).SetValue($"{labels.AreaName} – {series.Indicator.NameIn(labels.Language)} {series.FromYear}–{series.ToYear}").Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue($"{labels.Text("Indicators.SourceLabel")}: {series.Indicator.Source}. {labels.Text("Services.Generated")}: {labels.Generated:d.M.yyyy HH.mm}"
            + (series.UsesDemoData ? " " + labels.Text("Key.DemoValue") : ""));
        var headings = Headings(series, labels);
        for (var c = 0; c < headings.Count; c++) sheet.Cell(4, c + 1).SetValue(headings[c]);
        sheet.Range(4, 1, 4, headings.Count).Style.Font.SetBold().Fill.SetBackgroundColor(XLColor.LightGray).Alignment.SetWrapText();
        var row = 5;
        foreach (var date in series.Dates)
        {
            sheet.Cell(row, 1).SetValue(Period(series, date));
            for (var m = 0; m < series.Members.Count; m++)
                if (series.Value(series.Members[m].Code, date) is { } value) sheet.Cell(row, m + 2).SetValue(value);
            if (series.Total(date) is not null)
                sheet.Cell(row, series.Members.Count + 2).FormulaA1 = $"SUM({sheet.Cell(row, 2).Address}:{sheet.Cell(row, series.Members.Count + 1).Address})";
            row++;
        }
        sheet.Range(5, 2, Math.Max(5, row - 1), headings.Count).Style.NumberFormat.Format = "#,##0.##";
        sheet.Column(1).Width = 14;
        for (var c = 2; c <= headings.Count; c++) sheet.Column(c).Width = 16;
        sheet.SheetView.FreezeRows(4);
        using var output = new MemoryStream();
        workbook.SaveAs(output);
        return output.ToArray();
    }

    public static byte[] Csv(IndicatorSeries series, SeriesExportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(labels);
        using var output = new MemoryStream();
        using (var csv = FinnishCsv.Create(output))
        {
            csv.Headings(Headings(series, labels));
            var comma = new NumberFormatInfo { NumberDecimalSeparator = "," };
            foreach (var date in series.Dates)
            {
                csv.WriteField(Period(series, date));
                foreach (var member in series.Members) csv.WriteField(series.Value(member.Code, date)?.ToString("0.##", comma) ?? "");
                if (series.HasTotal) csv.WriteField(series.Total(date)?.ToString("0.##", comma) ?? "");
                csv.EndRecord();
            }
        }
        return output.ToArray();
    }

    private static List<string> Headings(IndicatorSeries series, SeriesExportLabels labels)
    {
        var headings = new List<string> { labels.Text("Import.Period") };
        headings.AddRange(series.Members.Select(m => m.NameIn(labels.Language)));
        if (series.HasTotal) headings.Add(labels.Text("Series.Total"));
        return headings;
    }

    private static string Period(IndicatorSeries series, DateOnly date) =>
        Formats.Period(date, series.IsMonthly);

    private static string Sheet(string name) => name.Length <= 31 ? name : name[..31];
}

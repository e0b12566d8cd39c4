using TyollisyysAlue.Infrastructure.Exports.CostSharing;
using UglyToad.PdfPig;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class ExportStreamTests
{
    [Fact]
    public void Every_export_can_be_written_straight_to_a_response_body_that_cannot_seek()
    {
        var report = SampleReports.KuopioLike();
        using var xlsx = new ForwardOnlyStream();
        using var csv = new ForwardOnlyStream();
        using var pdf = new ForwardOnlyStream();

        CostSharingXlsxExporter.Write(report, xlsx);
        CostSharingCsvExporter.WriteSplit(report.Header, report.Split, csv);
        CostSharingPdfExporter.Write(report, pdf);

        using (var workbook = WorkbookReading.Open(xlsx.Written))
        {
            var table = new SplitSheetTable(workbook.Worksheet("Jako"));
            var totals = table.FirstRow + report.Split.Municipalities.Count;
            Assert.Equal(report.Split.GrandTotal.Cents, table.Sheet.Cell(totals, table.Total).Cents());
        }
        Assert.Equal(report.Split.Municipalities.Count, CsvReading.Read(csv.Written).Rows.Count);
        using var document = PdfDocument.Open(pdf.Written);
        // The indicator values and shares, then the euros: one page each for this small area.
        Assert.Equal(2, document.NumberOfPages);
    }

    [Fact]
    public void The_generation_time_is_written_as_the_reader_of_the_language_writes_it()
    {
        using var workbook = WorkbookReading.Open(CostSharingXlsxExporter.Export(SampleReports.KuopioLike()));
        Assert.EndsWith("Luotu: 15.1.2025 9.30", workbook.Worksheet("Jako").Cell(2, 1).GetString(), StringComparison.Ordinal);
    }
}

using ClosedXML.Excel;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;
using TyollisyysAlue.Texts;
using UglyToad.PdfPig;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

/// <summary>
/// One number and date rule in every language: the English committee PDF, workbook and CSV write 1 234 567,89 and
/// 15.1.2025 9.30 as the Finnish ones do (issue 10 point 4), never 1,234,567.89 or 1/15/2025.
/// </summary>
public class EnglishFormatTests
{
    private static readonly CostSharingReport English = SampleReports.KuopioLike("en");

    [Fact]
    public void The_English_pdf_read_back_has_Finnish_figures_and_a_Finnish_date_and_time()
    {
        using var document = PdfDocument.Open(CostSharingPdfExporter.Export(English));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        Assert.Contains("Cost split 2025", text, StringComparison.Ordinal);
        Assert.Contains("18\u00a0671\u00a0000,00", text, StringComparison.Ordinal);   // 16 656 000 € + Kuopio's 2 015 000 €
        Assert.Contains(Formats.Amount(English.Split.Municipalities.Single(m => m.Code.Value == "297").Total), text, StringComparison.Ordinal);
        Assert.Contains("45 %", text, StringComparison.Ordinal);
        Assert.Contains("Generated: 15.1.2025 9.30", text, StringComparison.Ordinal);
        Assert.Contains("Cost-sharing key: Porvoon malli, changed 5.12.2024", text, StringComparison.Ordinal);
        foreach (var share in English.Split.Municipalities)
        {
            Assert.Contains(Formats.Amount(share.Total), text, StringComparison.Ordinal);
            Assert.DoesNotContain(EnglishStyle(share.Total.ToEuros()), text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("18,671,000.00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_English_workbook_has_Finnish_number_formats_and_Finnish_text_figures()
    {
        using var output = new MemoryStream(CostSharingXlsxExporter.Export(English));
        using var workbook = new XLWorkbook(output);
        var split = workbook.Worksheet(1);

        Assert.Equal("Split", split.Name);
        Assert.Equal("Budget year 2025 · Cost-sharing key: Porvoon malli, changed 5.12.2024 · Generated: 15.1.2025 9.30", split.Cell(2, 1).GetString());
        var euros = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => c.Style.NumberFormat.Format.Contains('.', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(euros);
        // Number formats are the rule's own (Excel writes its reader's separators; digits and decimals are ours).
        Assert.All(euros, c => Assert.Contains(c.Style.NumberFormat.Format, new[] { Formats.SheetEuros, "#,##0.000000" }));
        var texts = string.Join("\n", workbook.Worksheets.SelectMany(s => s.CellsUsed()).Where(c => !c.HasFormula && c.DataType == XLDataType.Text).Select(c => c.GetString()));
        Assert.All(English.Split.Municipalities, m => Assert.DoesNotContain(EnglishStyle(m.Total.ToEuros()), texts, StringComparison.Ordinal));
    }

    [Fact]
    public void The_English_csv_writes_a_decimal_comma_and_no_thousands_separator()
    {
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteSplit(English.Header, English.Split, o));
        var (headings, rows) = CsvReading.Read(bytes);

        Assert.Equal(["Municipality code", "Municipality"], headings.Take(2));
        // Indicator values, shares and euros: a decimal comma where there are decimals, never a thousands separator; the
        // euros (the last three columns: shared, direct, total) always with cents.
        Assert.All(rows, row => Assert.All(row.Skip(2), field => Assert.Matches(@"^-?\d+(,\d+)?$", field)));
        Assert.All(rows, row => Assert.All(row.TakeLast(3), field => Assert.Matches(@"^-?\d+,\d\d$", field)));
    }

    /// <summary>How an English-culture export wrote the same amount before: 1,234,567.89.</summary>
    private static string EnglishStyle(decimal euros) => euros.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}

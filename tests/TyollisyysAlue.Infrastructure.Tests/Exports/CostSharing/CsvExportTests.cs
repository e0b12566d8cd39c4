using System.Text;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.CostSharing;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Infrastructure.Tests.Exports.CostSharing;

public class CsvExportTests
{
    [Theory]
    [InlineData("kuopio")]
    [InlineData("random-21")]
    [InlineData("random-22")]
    public void The_split_reads_back_as_the_apps_amounts(string name)
    {
        var report = XlsxSplitSheetTests.Report(name);
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteSplit(report.Header, report.Split, o));
        var (headings, rows) = CsvReading.Read(bytes);

        Assert.Equal(["Kuntanumero", "Kunta"], headings.Take(2));
        Assert.Equal(["Jaettavat yhteensä (€)", "Suoraan kohdistetut (€)", "Yhteensä (€)"], headings.TakeLast(3));
        Assert.Equal(report.Split.Municipalities.Count, rows.Count);
        foreach (var (share, row) in report.Split.Municipalities.Zip(rows))
        {
            Assert.Equal(share.Code.Value, row[0]);
            Assert.Equal(share.Name, row[1]);
            // Per criterion: value; share (%); amount (€).
            Assert.Equal(share.Criteria.Select(c => c.Amount.Cents), share.Criteria.Select((_, i) => CsvReading.Cents(row[2 + 3 * i + 2])));
            Assert.Equal([share.Shared.Cents, share.Direct.Cents, share.Total.Cents], row.TakeLast(3).Select(CsvReading.Cents));
        }
    }

    [Fact]
    public void It_is_UTF8_with_a_byte_order_mark_semicolons_and_a_decimal_comma()
    {
        var report = SampleReports.KuopioLike();
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteSplit(report.Header, report.Split, o));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kuntanumero;Kunta;18–64-vuotiaat arvo;18–64-vuotiaat osuus (%);18–64-vuotiaat osuus (€);" +
            "Työnhakijat arvo;Työnhakijat osuus (%);Työnhakijat osuus (€);foreignLanguage arvo;foreignLanguage osuus (%);foreignLanguage osuus (€);" +
            "Jaettavat yhteensä (€);Suoraan kohdistetut (€);Yhteensä (€)", lines[0]);
        var kuopio = report.Split.Municipalities.Single(m => m.Name == "Kuopio");
        Assert.Contains(lines, l => l.StartsWith("297;Kuopio;", StringComparison.Ordinal)
            && l.EndsWith($";{kuopio.Total.Cents / 100},{kuopio.Total.Cents % 100:00}", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_criterion_carries_the_indicator_value_and_the_share_beside_the_euros()
    {
        // Issue 12.8: the committee's CSV showed euros only.
        var report = SampleReports.KuopioLike();
        var (_, rows) = CsvReading.Read(CsvReading.Write(o => CostSharingCsvExporter.WriteSplit(report.Header, report.Split, o)));

        var kuopio = report.Split.Municipalities.Single(m => m.Code.Value == "297");
        var row = rows.Single(r => r[0] == "297");
        for (var i = 0; i < kuopio.Criteria.Count; i++)
        {
            var criterion = kuopio.Criteria[i];
            Assert.Equal(criterion.IndicatorValue, decimal.Parse(row[2 + 3 * i], new System.Globalization.NumberFormatInfo { NumberDecimalSeparator = "," }));
            Assert.Equal(Rounding.PercentOfRatio(criterion.Ratio, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ','), row[2 + 3 * i + 1]);
        }
    }

    [Fact]
    public void The_monthly_advances_read_back_as_the_apps_instalments()
    {
        var report = SampleReports.KuopioLike("sv");
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteSchedule(report.Header, report.Schedule!, o));
        var (headings, rows) = CsvReading.Read(bytes);

        Assert.Equal(["Kommunnummer", "Kommun", "januari"], headings.Take(3));
        Assert.Equal("Totalt (€)", headings[^1]);
        foreach (var (municipality, row) in report.Schedule!.Municipalities.Zip(rows, (m, r) => (m, r)))
        {
            Assert.Equal(municipality.Code.Value, row[0]);
            Assert.Equal(municipality.Instalments.Select(i => i.Cents), row.Skip(2).Take(AdvanceSchedule.Months).Select(CsvReading.Cents));
            Assert.Equal(municipality.Total.Cents, CsvReading.Cents(row[^1]));
        }
    }

    [Fact]
    public void The_reconciliation_keeps_refunds_negative_numbers()
    {
        var report = SampleReports.KuopioLike("en");
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteReconciliation(report.Header, report.Settlements!, o));
        var (headings, rows) = CsvReading.Read(bytes);

        Assert.Equal(["Municipality code", "Municipality", "Final cost (€)", "Advances paid (€)", "Settlement (€)"], headings);
        Assert.Contains(report.Settlements!, s => s.IsRefund);
        foreach (var (settlement, row) in report.Settlements!.Zip(rows, (s, r) => (s, r)))
            Assert.Equal([settlement.FinalCost.Cents, settlement.Paid.Cents, settlement.Balance.Cents], row.Skip(2).Select(CsvReading.Cents));
    }

    [Fact]
    public void A_name_a_spreadsheet_would_run_as_a_formula_is_escaped()
    {
        var report = SampleReports.TinyPot();
        var settlements = report.Settlements!.Select((s, i) => i == 0 ? s with { Name = "=HYPERLINK(\"x\")" } : s).ToList();
        var bytes = CsvReading.Write(o => CostSharingCsvExporter.WriteReconciliation(report.Header, settlements, o));
        var (_, rows) = CsvReading.Read(bytes);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[0][1]);
        Assert.Equal(settlements[0].Balance, Money.FromCents(CsvReading.Cents(rows[0][4])));
    }
}

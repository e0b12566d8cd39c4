using BenchmarkDotNet.Attributes;
using TyollisyysAlue.Infrastructure.Exports.CostSharing;

namespace TyollisyysAlue.Benchmarks;

/// <summary>Exports of a 300-municipality, 5-criterion year: the workbook (split only, and with all three sheets), CSV and PDF.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private CostSharingReport report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var cycle = YearCycle.Run(SyntheticAreas.Area(new Random(300), municipalities: 300, criteria: 5));
        var header = new CostSharingExportHeader("Benchmark area", 2025, "Synthetic key", null, DateTimeOffset.UnixEpoch);
        report = new CostSharingReport(header, cycle.Split, cycle.Schedule, cycle.Settlements);
    }

    [Benchmark(Description = "xlsx: 300-municipality split sheet")]
    public byte[] Xlsx_split() => CostSharingXlsxExporter.Export(report with { Schedule = null, Settlements = null });

    [Benchmark(Description = "xlsx: split + monthly + tasaus sheets")]
    public byte[] Xlsx_workbook() => CostSharingXlsxExporter.Export(report);

    [Benchmark(Description = "csv: 300-municipality split")]
    public long Csv_split()
    {
        using var output = new MemoryStream();
        CostSharingCsvExporter.WriteSplit(report.Header, report.Split, output);
        return output.Length;
    }

    [Benchmark(Description = "pdf: 300-municipality split")]
    public byte[] Pdf_split() => CostSharingPdfExporter.Export(report);
}

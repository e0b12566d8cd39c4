using System.Globalization;
using BenchmarkDotNet.Attributes;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Infrastructure.Exports.Plans;

namespace TyollisyysAlue.Benchmarks;

/// <summary>A plan of about 40 PDF pages (27 sections, each with text, a list, a pipe table and a 30-row live table) to PDF and .docx.</summary>
[MemoryDiagnoser]
public class PlanExportBenchmarks
{
    private PlanDocument plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraph = "Työllisyysalueen palvelut järjestetään asiakaslähtöisesti, ja yhteistyötä tehdään yritysten, oppilaitosten ja " +
            "järjestöjen kanssa. Tavoitteena on **nopea työllistyminen** ja osaavan työvoiman saatavuus koko alueella ([lisätietoja](https://tem.fi)).";
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 5)) +
            "\n\n- Porvoo\n- Loviisa\n- Askola\n\n| Palvelu | Asiakkaita |\n|---|--:|\n| Työnhaku | 1 240 |\n| Yrityspalvelut | 310 |\n";
        var table = new LiveTable(LiveBlockKind.CostSplit, "Kustannusten jako (demo)",
            [new LiveColumn("Kunta"), new LiveColumn("Asukkaat", true), new LiveColumn("Osuus, €", true)],
            [.. Enumerable.Range(1, 30).Select(i => (IReadOnlyList<string>)[$"Kunta {i}", (1000 * i).ToString("N0", CultureInfo.InvariantCulture), (1234.5m * i).ToString("N2", CultureInfo.InvariantCulture)])],
            ["Yhteensä", "465 000", "573 542,50"], "Demoluvut.");
        var sections = Enumerable.Range(1, 27).Select(i => new PlanDocumentSection(
            i.ToString(CultureInfo.InvariantCulture), $"Luku {i}", i % 3 == 0 ? 2 : 1, body, [table])).ToList();
        plan = new PlanDocument("fi", "Järjestämissuunnitelma", "Benchmark-alue", "v1", new DateOnly(2025, 6, 12),
            new TyollisyysAlue.Texts.TextCode("PlanExport.Status.Draft"), sections);
    }

    [Benchmark(Description = "pdf: ~40-page plan, tagged")]
    public byte[] Pdf() => PlanPdfExporter.Render(plan);

    [Benchmark(Description = "docx: same plan")]
    public byte[] Docx() => PlanDocxExporter.Render(plan);
}

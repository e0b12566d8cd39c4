using BenchmarkDotNet.Attributes;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Imports.StatTables;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// The import of a national 12r5 file (<see cref="NationalFiles"/>) for Porvoo's area, as the upload does it: inspect
/// the file (variables and members), propose the mapping, then stream every cell through the plan builder, which keeps
/// only the area's own cells. Nothing is saved (the commit is a few hundred rows in one transaction).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private IReadOnlyDictionary<string, string> files = null!;

    [Params("web-csv", "px-json", "json-stat2")]
    public string Format { get; set; } = "";

    [GlobalSetup]
    public void Setup() => files = NationalFiles.Write(Path.Combine(Path.GetTempPath(), "tyollisyysalue-bench"));

    [Benchmark(Description = "12r5 national → Porvoo's plan")]
    public int Import() => NationalImport.Plan(files[Format]).Values.Count;
}

/// <summary>The import's read and plan steps without a database: the real register and indicator definitions.</summary>
public static class NationalImport
{
    /// <summary>Porvoo's area: Askola, Lapinjärvi, Loviisa, Myrskylä, Pukkila and Porvoo (from 2016, so every month counts).</summary>
    public static readonly IReadOnlyList<MemberSpan> PorvooArea =
        new[] { "018", "407", "434", "504", "616", "638" }.Select(c => new MemberSpan(MunicipalityCode.Parse(c), new DateOnly(2016, 1, 1), null)).ToList();

    public static IndicatorImportPlan Plan(string path)
    {
        var scope = new ImportScope(PorvooArea, MunicipalityRegister.Rows.Select(r => r.Code).ToHashSet(),
            IndicatorRegister.All.ToDictionary(i => i.Code), new Dictionary<(string, MunicipalityCode, DateOnly), decimal>());
        var reader = new StatTableReader();
        StatTableInfo table;
        using (var file = File.OpenRead(path)) table = reader.Inspect(file, Path.GetFileName(path));
        var mapping = MappingProposal.Propose(table, scope.Indicators.Values.ToList(), null, null);
        var builder = new ImportPlanBuilder(table, mapping, scope);
        if (builder.MappingIsValid)
        {
            using var file = File.OpenRead(path);
            reader.ReadCells(file, table, builder);
        }
        return builder.Build();
    }
}

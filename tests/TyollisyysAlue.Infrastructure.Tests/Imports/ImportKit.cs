using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Imports.StatTables;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Infrastructure.Tests.Imports;

/// <summary>Reads a file and plans its import for an area without a database: the real register and indicator definitions.</summary>
internal static class ImportKit
{
    public static readonly MunicipalityCode Porvoo = MunicipalityCode.Parse("638");
    public static readonly MunicipalityCode Loviisa = MunicipalityCode.Parse("434");
    public static readonly MunicipalityCode Askola = MunicipalityCode.Parse("018");
    public static readonly MunicipalityCode Myrskyla = MunicipalityCode.Parse("504");

    /// <summary>Porvoo's area: Askola, Lapinjärvi, Loviisa, Myrskylä, Pukkila and Porvoo since 1.1.2025.</summary>
    public static readonly IReadOnlyList<MemberSpan> PorvooArea =
        new[] { "018", "407", "434", "504", "616", "638" }.Select(c => new MemberSpan(MunicipalityCode.Parse(c), new DateOnly(2025, 1, 1), null)).ToList();

    public static ImportScope Scope(IReadOnlyList<MemberSpan>? members = null, int? year = null,
        IReadOnlyDictionary<(string, MunicipalityCode, DateOnly), decimal>? current = null) =>
        new(members ?? PorvooArea, MunicipalityRegister.Rows.Select(r => r.Code).ToHashSet(),
            IndicatorRegister.All.ToDictionary(i => i.Code), current ?? new Dictionary<(string, MunicipalityCode, DateOnly), decimal>()) { Year = year };

    public static StatTableInfo Inspect(byte[] file, string name = "file", IReadOnlyCollection<string>? valueColumns = null) =>
        new StatTableReader().Inspect(new MemoryStream(file), name, valueColumns);

    /// <summary>The proposal (or the given mapping) applied to the whole file.</summary>
    public static IndicatorImportPlan Plan(byte[] file, ImportScope? scope = null, string? preferred = null, ImportMapping? mapping = null, string name = "file")
    {
        scope ??= Scope();
        var table = Inspect(file, name, mapping?.ValueColumns is { Count: > 0 } columns ? columns : null);
        mapping ??= MappingProposal.Propose(table, scope.Indicators.Values.ToList(), preferred, null);
        var builder = new ImportPlanBuilder(table, mapping, scope);
        if (builder.MappingIsValid) new StatTableReader().ReadCells(new MemoryStream(file), table, builder);
        return builder.Build();
    }

    public static StatFileException Refused(byte[] file) => Assert.Throws<StatFileException>(() => Inspect(file));
}

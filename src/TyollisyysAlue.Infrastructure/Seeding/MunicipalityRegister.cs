using System.Globalization;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>One row of the shipped register: a municipality, and its successor when it has merged.</summary>
public sealed record RegisterSeedRow(MunicipalityCode Code, string NameFi, string? NameSv, LanguageStatus Status,
    MunicipalityCode? MergedInto, DateOnly? MergedOn);

/// <summary>
/// Every municipality of Finland as Statistics Finland's classification in force states it, with its language status
/// (Seeding/Data/municipalities-2026.csv, sources in its header and in Seeding/Data/README.md). Seeded on startup as
/// global reference data; the system administrator's yearly register file updates it after that.
/// </summary>
public static class MunicipalityRegister
{
    private const string Resource = "TyollisyysAlue.Seeding.municipalities-2026.csv";

    private static readonly Lazy<(IReadOnlyList<RegisterSeedRow> Rows, string Source, DateOnly ValidFrom)> Data = new(Load);

    public static IReadOnlyList<RegisterSeedRow> Rows => Data.Value.Rows;

    /// <summary>The source named in the file's header, stored on every seeded row.</summary>
    public static string Source => Data.Value.Source;

    /// <summary>The date the classification is in force from (a newer register import is never overwritten by it).</summary>
    public static DateOnly ValidFrom => Data.Value.ValidFrom;

    public static Municipality ToMunicipality(RegisterSeedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var municipality = new Municipality(row.Code, row.NameFi, row.NameSv, row.Status);
        municipality.Record(row.NameFi, row.NameSv, row.Status, Source, ValidFrom);
        return municipality;
    }

    private static (IReadOnlyList<RegisterSeedRow>, string, DateOnly) Load()
    {
        using var stream = typeof(MunicipalityRegister).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The register resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var rows = new List<RegisterSeedRow>();
        string? source = null;
        DateOnly? validFrom = null;
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# source-name:", StringComparison.Ordinal)) source = line["# source-name:".Length..].Trim();
                if (line.StartsWith("# valid-from:", StringComparison.Ordinal))
                    validFrom = DateOnly.ParseExact(line["# valid-from:".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                continue;
            }
            if (line.Length == 0) continue;
            if (header) { header = false; continue; }
            var cells = line.Split(';');
            rows.Add(new RegisterSeedRow(MunicipalityCode.Parse(cells[0]), cells[1], cells[2].Length == 0 ? null : cells[2], Status(cells[3]),
                cells[4].Length == 0 ? null : MunicipalityCode.Parse(cells[4]),
                cells[5].Length == 0 ? null : DateOnly.ParseExact(cells[5], "d.M.yyyy", CultureInfo.InvariantCulture)));
        }
        return (rows, source ?? throw new InvalidOperationException("The register file names no source."),
            validFrom ?? throw new InvalidOperationException("The register file names no date."));
    }

    private static LanguageStatus Status(string text) => text switch
    {
        "fi" => LanguageStatus.Finnish,
        "sv" => LanguageStatus.Swedish,
        "fi-sv" => LanguageStatus.BilingualFinnishMajority,
        "sv-fi" => LanguageStatus.BilingualSwedishMajority,
        _ => throw new InvalidOperationException($"Unknown language status '{text}' in the register file."),
    };
}

using System.Globalization;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>A rejected row: its line in the file and why (a resource key and its argument).</summary>
public sealed record ImportError(int LineNumber, string Code, string Detail);

/// <summary>One register row from a file: code, names, language status, and the successor when it has merged.</summary>
public sealed record RegisterRow(int LineNumber, MunicipalityCode Code, string NameFi, string? NameSv, LanguageStatus Status,
    MunicipalityCode? MergedInto = null, DateOnly? MergedOn = null);

/// <summary>
/// Reads a register CSV (columns by heading: code/koodi/kunta, name_fi/nimi, name_sv/namn, language/kieli — fi, sv,
/// fi-sv, sv-fi — and optionally merged_into/seuraaja with merged_on/liitospäivä), the shape of the shipped register
/// file, so next year's classification is imported as this year's was. Every bad row is reported with its line;
/// nothing is imported while any row is bad.
/// </summary>
public static class RegisterImport
{
    public static (IReadOnlyList<RegisterRow> Rows, IReadOnlyList<ImportError> Errors) Read(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int Column(params string[] names) =>
            table.Headers.Select((h, i) => (h: h.Trim().ToLowerInvariant(), i)).FirstOrDefault(x => names.Contains(x.h), (h: "", i: -1)).i;
        var code = Column("code", "koodi", "kunta", "kuntanumero", "kommunnummer");
        var fi = Column("name_fi", "nimi", "nimi_fi", "name");
        var sv = Column("name_sv", "namn", "nimi_sv");
        var language = Column("language", "kieli", "språk");
        var mergedInto = Column("merged_into", "seuraaja", "liitetty");
        var mergedOn = Column("merged_on", "liitospäivä", "liitetty_pvm");
        var rows = new List<RegisterRow>();
        var errors = new List<ImportError>();
        if (code < 0 || fi < 0) return ([], [new ImportError(1, "Import.RegisterColumns", string.Join(", ", table.Headers))]);
        foreach (var row in table.Rows)
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : "";
            if (!MunicipalityCode.TryParse(Cell(code), out var parsed)) { errors.Add(new(row.LineNumber, "Import.UnknownMunicipality", Cell(code))); continue; }
            if (Cell(fi).Length == 0) { errors.Add(new(row.LineNumber, "Validation.NameRequired", Cell(code))); continue; }
            if (ParseStatus(Cell(language)) is not { } status) { errors.Add(new(row.LineNumber, "Import.Language", Cell(language))); continue; }
            MunicipalityCode? successor = null;
            DateOnly? on = null;
            if (Cell(mergedInto).Length > 0)
            {
                if (!MunicipalityCode.TryParse(Cell(mergedInto), out var s) || s == parsed
                    || !DateOnly.TryParseExact(Cell(mergedOn), ["d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    errors.Add(new(row.LineNumber, "Import.Merger", $"{Cell(mergedInto)} {Cell(mergedOn)}"));
                    continue;
                }
                (successor, on) = (s, d);
            }
            rows.Add(new RegisterRow(row.LineNumber, parsed, Cell(fi), Cell(sv) is { Length: > 0 } name ? name : null, status, successor, on));
        }
        foreach (var dup in rows.GroupBy(r => r.Code).Where(g => g.Count() > 1))
            errors.Add(new(dup.Last().LineNumber, "Import.Duplicate", dup.Key.Value));
        return (rows, errors.OrderBy(e => e.LineNumber).ToList());
    }

    private static LanguageStatus? ParseStatus(string text) => text.ToLowerInvariant() switch
    {
        "" or "fi" or "suomi" => LanguageStatus.Finnish,
        "sv" or "ruotsi" => LanguageStatus.Swedish,
        "fi-sv" or "fi/sv" => LanguageStatus.BilingualFinnishMajority,
        "sv-fi" or "sv/fi" => LanguageStatus.BilingualSwedishMajority,
        _ => null,
    };
}

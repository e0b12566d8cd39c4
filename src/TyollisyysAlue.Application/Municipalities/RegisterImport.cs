using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Municipalities;

/// <summary>One register row from a file: code, Finnish name, Swedish name, language status.</summary>
public sealed record RegisterRow(int LineNumber, MunicipalityCode Code, string NameFi, string? NameSv, LanguageStatus Status);

/// <summary>
/// Reads a register CSV (columns by heading: code/koodi/kunta, name_fi/nimi, name_sv/namn, language/kieli — fi, sv,
/// fi-sv, sv-fi). Every bad row is reported with its line; nothing is imported while any row is bad.
/// </summary>
public static class RegisterImport
{
    public static (IReadOnlyList<RegisterRow> Rows, IReadOnlyList<ImportError> Errors) Read(CsvTable table)
    {
        int Column(params string[] names) =>
            table.Headers.Select((h, i) => (h: h.Trim().ToLowerInvariant(), i)).FirstOrDefault(x => names.Contains(x.h), (h: "", i: -1)).i;
        var code = Column("code", "koodi", "kunta", "kuntanumero", "kommunnummer");
        var fi = Column("name_fi", "nimi", "nimi_fi", "name");
        var sv = Column("name_sv", "namn", "nimi_sv");
        var language = Column("language", "kieli", "språk");
        var rows = new List<RegisterRow>();
        var errors = new List<ImportError>();
        if (code < 0 || fi < 0) return ([], [new ImportError(1, "Import.RegisterColumns", string.Join(", ", table.Headers))]);
        foreach (var row in table.Rows)
        {
            string Cell(int i) => i >= 0 && i < row.Cells.Count ? row.Cells[i].Trim() : "";
            if (!MunicipalityCode.TryParse(Cell(code), out var parsed)) { errors.Add(new(row.LineNumber, "Import.UnknownMunicipality", Cell(code))); continue; }
            if (Cell(fi).Length == 0) { errors.Add(new(row.LineNumber, "Validation.NameRequired", Cell(code))); continue; }
            if (ParseStatus(Cell(language)) is not { } status) { errors.Add(new(row.LineNumber, "Import.Language", Cell(language))); continue; }
            rows.Add(new RegisterRow(row.LineNumber, parsed, Cell(fi), Cell(sv) is { Length: > 0 } s ? s : null, status));
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

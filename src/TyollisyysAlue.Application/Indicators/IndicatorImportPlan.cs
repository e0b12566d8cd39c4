using System.Globalization;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>How the columns of an uploaded file map to the store: which indicator, which column names the
/// municipality, and which columns hold values for which dates.</summary>
public sealed record ImportMapping(string IndicatorCode, int MunicipalityColumn, IReadOnlyDictionary<int, DateOnly> ValueColumns)
{
    /// <summary>A first guess the user can correct: the municipality column is the one whose cells read as codes
    /// (KU049, 049, or "KU049 Espoo"), value columns are the ones whose headings read as periods.</summary>
    public static ImportMapping Guess(CsvTable table, string indicatorCode)
    {
        var municipalityColumn = Enumerable.Range(0, table.Headers.Count)
            .OrderByDescending(c => table.Rows.Count(r => c < r.Cells.Count && IndicatorImportPlan.ParseMunicipality(r.Cells[c]) is not null))
            .FirstOrDefault();
        var values = Enumerable.Range(0, table.Headers.Count)
            .Where(c => c != municipalityColumn && ColumnPeriod.Parse(table.Headers[c]) is not null)
            .ToDictionary(c => c, c => ColumnPeriod.Parse(table.Headers[c])!.Value);
        return new ImportMapping(indicatorCode, municipalityColumn, values);
    }
}

public enum ImportChange { New, Changed, Unchanged }

public sealed record ImportValue(int LineNumber, MunicipalityCode Municipality, DateOnly OnDate, decimal Value, decimal? Current)
{
    public ImportChange Change => Current is null ? ImportChange.New : Current == Value ? ImportChange.Unchanged : ImportChange.Changed;
}

/// <summary>A rejected row: its line in the file and why (a resource key and its argument).</summary>
public sealed record ImportError(int LineNumber, string Code, string Detail);

/// <summary>
/// What an import would do: every value with its current one, and every bad row. Nothing is saved while a single
/// row is bad — the file is fixed and uploaded again, so a half-imported year can never happen.
/// </summary>
public sealed record IndicatorImportPlan(IReadOnlyList<ImportValue> Values, IReadOnlyList<ImportError> Errors)
{
    public bool CanImport => Errors.Count == 0 && Values.Any(v => v.Change != ImportChange.Unchanged);

    public static IndicatorImportPlan Build(CsvTable table, ImportMapping mapping, IReadOnlySet<MunicipalityCode> members,
        IReadOnlyDictionary<(MunicipalityCode, DateOnly), decimal> current)
    {
        var values = new List<ImportValue>();
        var errors = new List<ImportError>();
        if (mapping.ValueColumns.Count == 0) errors.Add(new(1, "Import.NoValueColumns", ""));
        foreach (var row in table.Rows)
        {
            var name = mapping.MunicipalityColumn < row.Cells.Count ? row.Cells[mapping.MunicipalityColumn] : "";
            if (ParseMunicipality(name) is not { } code)
            {
                // PxWeb adds totals ("SSS Koko maa", "MK01 Uusimaa") to the file: not municipalities, not errors.
                if (!IsAggregate(name)) errors.Add(new(row.LineNumber, "Import.UnknownMunicipality", name));
                continue;
            }
            if (!members.Contains(code)) continue; // other municipalities of a national file are simply not ours
            foreach (var (column, date) in mapping.ValueColumns)
            {
                var text = column < row.Cells.Count ? row.Cells[column].Trim() : "";
                if (!TryParseValue(text, out var value))
                    errors.Add(new(row.LineNumber, "Import.NotANumber", $"{name}: {table.Headers[column]} = \"{text}\""));
                else if (value < 0)
                    errors.Add(new(row.LineNumber, "Import.Negative", $"{name}: {text}"));
                else
                    values.Add(new(row.LineNumber, code, date, value, current.TryGetValue((code, date), out var now) ? now : null));
            }
        }
        foreach (var dup in values.GroupBy(v => (v.Municipality, v.OnDate)).Where(g => g.Count() > 1))
            errors.Add(new(dup.Last().LineNumber, "Import.Duplicate", $"{dup.Key.Municipality} {dup.Key.OnDate:d.M.yyyy}"));
        return new IndicatorImportPlan(values, errors.OrderBy(e => e.LineNumber).ToList());
    }

    internal static MunicipalityCode? ParseMunicipality(string cell)
    {
        var token = cell.Trim().Trim('"').Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var isCode = token.StartsWith("KU", StringComparison.OrdinalIgnoreCase) || (token.Length == 3 && token.All(char.IsAsciiDigit));
        return isCode && MunicipalityCode.TryParse(token, out var code) ? code : null;
    }

    private static bool IsAggregate(string cell) =>
        string.IsNullOrWhiteSpace(cell) || cell.TrimStart().StartsWith("SSS", StringComparison.Ordinal)
        || cell.TrimStart().StartsWith("MK", StringComparison.Ordinal) || cell.TrimStart().StartsWith("SK", StringComparison.Ordinal);

    /// <summary>"305274", "305 274", "1234,5" and "1234.5"; two decimals at most (the store's precision).</summary>
    private static bool TryParseValue(string text, out decimal value)
    {
        var normalized = text.Replace("\u00A0", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && decimal.Round(value, 2) == value;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using TyollisyysAlue.Application.Indicators;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// CSV files: PxWeb's web UI export (a quoted title line, a blank line, a quoted header; ';' or ','; UTF-8 or
/// Windows-1252) with variables in the first columns and values in the rest, whose headings may carry the period and
/// the content ("2024 Väestö 31.12.", "2026M06 Työttömät työnhakijat (lkm.)"); and flat files such as Kela's, one value
/// column per content and a column for each variable. Variables become dimensions; the periods and contents of the
/// value headings become the "@period" and "@content" dimensions.
/// </summary>
internal static partial class CsvStatReader
{
    public const string PeriodDimension = "@period";
    public const string ContentDimension = "@content";

    private static readonly string[] VariableWords =
        ["alue", "kunta", "area", "region", "område", "kommun", "vuosi", "kuukausi", "aika", "year", "month", "år", "månad", "tid", "period",
         "luokka", "class", "klass", "ikä", "age", "ålder", "sukupuoli", "sex", "kön", "kieli", "language", "språk", "tiedot", "information", "uppgifter", "nimi", "name", "namn"];

    /// <summary>The file's layout as read by <see cref="Inspect"/>, reused to stream the cells.</summary>
    private sealed record Layout(Encoding Encoding, char Delimiter, int HeaderLine, int[] Variables, (int Column, string Heading, string? Period, string Content)[] Values);

    public static StatTableInfo Inspect(Stream file, string fileName, IReadOnlyCollection<string>? valueColumns, CancellationToken ct)
    {
        var encoding = CsvEncoding.Detect(file);
        var delimiter = CsvRecords.Delimiter(CsvEncoding.Start(file, encoding));
        using var text = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new CsvRecords(text, delimiter);
        var (header, headerLine, title) = Header(records);
        var columns = header.Select((h, i) => new ColumnStats(Heading(h, i, header))).ToArray();
        string? source = null;
        long rows = 0;
        while (records.Next() is { } record)
        {
            if (record.Count < 2)
            {
                if (record.Count == 1 && Note(record[0]) is { } note) source ??= note;
                continue;
            }
            if (++rows > ImportLimits.MaxRows) throw new StatFileException("Import.TooManyRows", ImportLimits.MaxRows);
            if ((rows & 1023) == 0) ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Length; i++) columns[i].Add(i < record.Count ? record[i] : "");
        }
        if (rows == 0) throw new StatFileException("Import.Empty");

        var isValue = columns.Select(c => valueColumns is not null ? valueColumns.Contains(c.Heading) : c.LooksLikeValues).ToArray();
        if (!isValue.Any(v => v) || isValue.All(v => v)) throw new StatFileException("Import.NoValueColumns");
        var values = columns.Select((c, i) => (c, i)).Where(x => isValue[x.i])
            .Select(x => (x.i, x.c.Heading, ColumnPeriod.Parse(x.c.Heading) is not null ? PeriodOf(x.c.Heading) : null, ContentOf(x.c.Heading))).ToArray();
        var variables = Enumerable.Range(0, columns.Length).Where(i => !isValue[i]).ToArray();

        var dimensions = variables.Select(i => columns[i].Dimension()).ToList();
        if (values.Any(v => v.Item3 is not null))
            dimensions.Add(new StatDimension(PeriodDimension, "Ajanjakso", DimensionRole.Time,
                values.Where(v => v.Item3 is not null).Select(v => v.Item3!).Distinct().Select(p => new StatMember(p, p)).ToList()));
        dimensions.Add(new StatDimension(ContentDimension, "Tiedot", DimensionRole.Content,
            values.Select(v => v.Item4).Distinct().Select(c => new StatMember(c, c.Length == 0 ? fileName : c)).ToList()));
        return new StatTableInfo(StatFormat.Csv, fileName, dimensions, rows * values.Length)
        {
            Title = title, Source = source, ValueColumns = values.Select(v => v.Heading).ToList(),
            ReaderState = new Layout(encoding, delimiter, headerLine, variables, values),
        };
    }

    public static void ReadCells(Stream file, StatTableInfo info, IStatCellSink sink, CancellationToken ct)
    {
        var layout = (Layout)info.ReaderState!;
        using var text = new StreamReader(file, layout.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var records = new CsvRecords(text, layout.Delimiter);
        while (records.Next() is not null && records.Line < layout.HeaderLine) { }
        var hasPeriod = info.Dimension(PeriodDimension) is not null;
        var members = new string[info.Dimensions.Count];
        long rows = 0;
        while (records.Next() is { } record)
        {
            if (record.Count < 2) continue;
            if ((++rows & 1023) == 0) ct.ThrowIfCancellationRequested();
            for (var v = 0; v < layout.Variables.Length; v++)
                members[v] = Split(layout.Variables[v] < record.Count ? record[layout.Variables[v]] : "").Code;
            foreach (var (column, heading, period, content) in layout.Values)
            {
                if (hasPeriod) members[^2] = period ?? "";
                members[^1] = content;
                sink.Cell(members, column < record.Count ? record[column] : "", new CellLocation(CellLocationKind.Line, records.Line, heading));
            }
        }
    }

    /// <summary>The header is the first record with more than one field; a single field before it is the table's title.</summary>
    private static (List<string> Header, int Line, string? Title) Header(CsvRecords records)
    {
        string? title = null;
        while (records.Next() is { } record)
        {
            if (record.Count > ImportLimits.MaxColumns) throw new StatFileException("Import.TooManyColumns", ImportLimits.MaxColumns);
            if (record.Count > 1) return (record, records.Line, title);
            if (record[0].Trim().Length > 0) title ??= record[0].Trim();
        }
        throw new StatFileException("Import.WrongFileType", "text");
    }

    private static string? Note(string text)
    {
        var t = text.Trim();
        return t.StartsWith("Lähde", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Källa", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Source", StringComparison.OrdinalIgnoreCase) ? t.TrimEnd('.') : null;
    }

    private static string Heading(string heading, int index, List<string> header)
    {
        var h = heading.Trim();
        if (h.Length == 0) h = $"col{index + 1}";
        return header.Take(index).Any(x => x.Trim() == h) ? $"{h} ({index + 1})" : h;
    }

    /// <summary>The period a value heading names, in PxWeb's spelling (2024, 2026M06, 31.12.2024).</summary>
    private static string? PeriodOf(string heading) =>
        PeriodToken().Match(heading) is { Success: true } m ? PeriodCode.Parse(m.Value.Replace(" ", "", StringComparison.Ordinal))?.ToString() : null;

    /// <summary>The heading without its period: what is counted ("Väestö 31.12.", "Työttömät työnhakijat (lkm.)"; empty if only a period).</summary>
    private static string ContentOf(string heading) => PeriodToken().Replace(heading, "").Trim();

    /// <summary>"KU049 Espoo" → (KU049, Espoo); "2026M06" → itself. A cell without a code is its own code.</summary>
    internal static (string Code, string Label) Split(string cell)
    {
        var t = cell.Trim();
        return CodeAndLabel().Match(t) is { Success: true } m ? (m.Groups[1].Value, m.Groups[2].Value.Trim()) : (t, t);
    }

    [GeneratedRegex(@"\b(?:\d{1,2}\.\d{1,2}\.\d{4}|(?:19|20)\d{2}\s*M\s*\d{2}|(?:19|20)\d{2}-\d{2}(?:-\d{2})?|(?:19|20)\d{2})\b")]
    private static partial Regex PeriodToken();

    [GeneratedRegex(@"^(KU\d{3}|SSS|MK\d{1,2}|SK\d{1,3}|ELY[0-9A-Z]{1,3}|KUJOU|\d{1,3})\s+(\S.*)$")]
    private static partial Regex CodeAndLabel();

    /// <summary>What the inspection learns of a column: whether its cells read as values, and its distinct members.</summary>
    private sealed class ColumnStats(string heading)
    {
        private readonly List<StatMember> _members = [];
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private long _cells, _numbers, _periods, _areas;

        public string Heading { get; } = heading;

        // A heading naming a period makes a value column whatever its cells are: they need not be looked at (a national
        // web CSV has thousands of such columns). Its members are not listed; were it chosen as a variable, it is "truncated".
        private readonly bool _periodHeading = ColumnPeriod.Parse(heading) is not null;
        public bool Truncated { get; private set; } = ColumnPeriod.Parse(heading) is not null;

        public void Add(string cell)
        {
            _cells++;
            if (_periodHeading) return;
            var t = cell.Trim();
            if (CellValue.IsSuppressed(t) || CellValue.TryParse(t, out _)) _numbers++;
            var (code, label) = Split(t);
            if (PeriodCode.Parse(code) is not null) _periods++;
            // Bare numbers are counts as often as municipality codes: only KU049, SSS, MK01… tell an area column by its cells.
            if (AreaCode.LooksLikeArea(code) && !code.All(char.IsAsciiDigit)) _areas++;
            if (Truncated || !_seen.Add(code)) return;
            if (_members.Count >= ImportLimits.MaxMembers) { Truncated = true; _members.Clear(); return; }
            _members.Add(new StatMember(code, label));
        }

        /// <summary>
        /// A value column: its heading names a period (then a cell that is no number is a bad value, not a variable), or
        /// it is not named like a variable and its cells are numbers (or suppressed) that do not read as periods or areas.
        /// </summary>
        public bool LooksLikeValues =>
            _periodHeading
            || (!Named(VariableWords) && _cells > 0 && _numbers * 10 >= _cells * 9 && _periods * 2 < _cells && _areas * 2 < _cells);

        public StatDimension Dimension()
        {
            var role = _cells > 0 && _periods * 2 >= _cells ? DimensionRole.Time
                : _cells > 0 && _areas * 2 >= _cells ? DimensionRole.Area
                : DimensionRole.Other;
            return new StatDimension(Heading, Heading, role, _members, Truncated);
        }

        private bool Named(string[] words) => words.Any(w => Heading.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}

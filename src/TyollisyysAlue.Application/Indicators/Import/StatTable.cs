namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>The file formats Statistics Finland's PxWeb exports that an import reads (and flat CSV files such as Kela's).</summary>
public enum StatFormat
{
    /// <summary>The web UI's CSV (quoted title line, blank line, quoted header) or any flat CSV with a header.</summary>
    Csv,
    /// <summary>PxWeb API "json": <c>columns</c> (code, text, type d/t/c) and <c>data</c> rows of key and values, values as strings.</summary>
    PxJson,
    /// <summary>JSON-stat 2.0 ("json-stat2"), or the older JSON-stat 1.x "dataset" bundle ("json-stat").</summary>
    JsonStat,
}

/// <summary>What a variable of the table is for an import.</summary>
public enum DimensionRole
{
    /// <summary>Summed over the members the mapping includes (sex: total; ages 18–64; Kela's accumulated-days class: total).</summary>
    Other,
    /// <summary>The municipality (KU049, SSS, MK01…; in a flat file also 049).</summary>
    Area,
    /// <summary>The period (2025, 2026M06, 31.12.2025; a year with a separate month variable).</summary>
    Time,
    /// <summary>What is counted (TYOTTOMATLOPUSSA, vaerak-vaesto, a CSV value column); each maps to one indicator.</summary>
    Content,
}

/// <summary>A value of a variable: its code (KU049, 2026M06, TYOTTOMATLOPUSSA), text and, for contents, its unit when the file says.</summary>
public sealed record StatMember(string Code, string Label, string? Unit = null);

/// <summary>
/// A variable of the table with the role the file itself suggests (PxWeb's type, JSON-stat's role, a CSV heading).
/// <see cref="Truncated"/>: a CSV column with too many different values to list (it is no variable, or a label column).
/// </summary>
public sealed record StatDimension(string Code, string Label, DimensionRole Role, IReadOnlyList<StatMember> Members, bool Truncated = false)
{
    public StatMember? Member(string code) => Members.FirstOrDefault(m => m.Code == code);
}

/// <summary>Where a cell is in the file, for messages: a CSV line and column, a PxWeb json data row and content, a JSON-stat value index.</summary>
public sealed record CellLocation(CellLocationKind Kind, long Row, string? Column = null);

public enum CellLocationKind { Line, DataRow, ValueIndex }

/// <summary>
/// The structure of an uploaded or fetched table: format, title and source as the file states them, and its variables.
/// All three formats read into this one model; cells are streamed separately (<see cref="IStatTableReader"/>).
/// </summary>
public sealed record StatTableInfo(StatFormat Format, string FileName, IReadOnlyList<StatDimension> Dimensions, long Cells)
{
    public string? Title { get; init; }
    public string? Source { get; init; }
    public string? Updated { get; init; }

    /// <summary>CSV only: the headings read as values (the others are variables); what a mapping remembers.</summary>
    public IReadOnlyList<string> ValueColumns { get; init; } = [];

    /// <summary>What the reader needs again when it streams the cells (e.g. JSON-stat's status symbols); opaque to others.</summary>
    public object? ReaderState { get; init; }

    public StatDimension? Dimension(string? code) => code is null ? null : Dimensions.FirstOrDefault(d => d.Code == code);

    public int IndexOf(string? code) => code is null ? -1 : Dimensions.ToList().FindIndex(d => d.Code == code);

    /// <summary>
    /// The layout, not the contents: format and variable codes (CSV: headings without their periods, so next month's
    /// file of the same layout has the same signature). An area's mapping is remembered per signature.
    /// </summary>
    public string Signature
    {
        get
        {
            var parts = Dimensions.Select(d => d.Role == DimensionRole.Content
                ? d.Code + "[" + string.Join(",", d.Members.Select(m => m.Code)) + "]"
                : d.Code);
            var text = Format + "|" + string.Join("|", parts);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        }
    }
}

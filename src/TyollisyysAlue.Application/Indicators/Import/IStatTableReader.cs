namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>
/// Reads a PxWeb export (web CSV, PxWeb json, JSON-stat) in two passes over the same bytes: the structure, then the
/// cells streamed to a sink, so a national file never has to be held in memory. The format is recognised from the
/// content, not the file name.
/// </summary>
public interface IStatTableReader
{
    /// <summary>The structure. <paramref name="valueColumns"/> names CSV columns to read as values (the rest are variables); null guesses.</summary>
    StatTableInfo Inspect(Stream file, string fileName, IReadOnlyCollection<string>? valueColumns = null, CancellationToken ct = default);

    /// <summary>Every cell, in file order, with one member code per dimension of <paramref name="info"/>.</summary>
    void ReadCells(Stream file, StatTableInfo info, IStatCellSink sink, CancellationToken ct = default);
}

/// <summary>Receives cells. <paramref name="members"/> is reused between calls: copy what you keep.</summary>
public interface IStatCellSink
{
    void Cell(IReadOnlyList<string> members, string raw, CellLocation at);
}

/// <summary>A file that cannot be read as a table at all: wrong type, over a limit, malformed. <see cref="Code"/> is a resource key.</summary>
public sealed class StatFileException(string code, params object[] args) : Exception(code)
{
    public string Code { get; } = code;
    public IReadOnlyList<object> Args { get; } = args;
}

/// <summary>The limits of one import (the same in the UI, the API and the fetch from Statistics Finland).</summary>
public static class ImportLimits
{
    /// <summary>50 MB: a national monthly table of all municipalities over ten years is well below.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>Data rows (CSV lines, PxWeb json data rows) at most: a file of a million is refused.</summary>
    public const long MaxRows = 999_999;

    /// <summary>
    /// Values of a JSON-stat file at most (one per cell): a national 12r5 of all 23 contents over twenty years is about
    /// 2.2 million; a file of more is refused.
    /// </summary>
    public const long MaxCells = 5_000_000;

    /// <summary>
    /// Columns of a CSV table at most (indicator and ledger files): a PxWeb export of twenty years of months in columns
    /// is 240; a wider file is refused at its header with a reason instead of keeping statistics of every column and
    /// offering each one in the mapping.
    /// </summary>
    public const int MaxColumns = 2_000;

    /// <summary>Errors listed at most; the count of the rest is reported.</summary>
    public const int MaxListedProblems = 200;

    /// <summary>Distinct values of a CSV column listed before it is taken for a value or label column.</summary>
    public const int MaxMembers = 5_000;
}

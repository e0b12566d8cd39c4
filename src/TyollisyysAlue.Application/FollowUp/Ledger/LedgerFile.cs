namespace TyollisyysAlue.Application.FollowUp.Ledger;

/// <summary>A ledger file opened for reading: its headings and its rows, read one at a time (bounded memory).</summary>
public interface ILedgerSheet : IDisposable
{
    IReadOnlyList<string> Headers { get; }

    /// <summary>Data rows with their line (CSV) or row (xlsx) number in the file; empty rows are skipped.</summary>
    IEnumerable<LedgerFileRow> Rows(CancellationToken ct);
}

public sealed record LedgerFileRow(int Line, IReadOnlyList<string> Cells);

/// <summary>Opens CSV (';', ',' or tab; UTF-8 or Windows-1252) and xlsx (first sheet) ledger files.</summary>
public interface ILedgerFileReader
{
    /// <summary>Throws <see cref="LedgerFileException"/> when the file is not a table of either kind.</summary>
    ILedgerSheet Open(Indicators.Import.IImportSource file);
}

/// <summary>The file as a whole cannot be read; <see cref="Code"/> is a resource key.</summary>
public sealed class LedgerFileException(string code) : Exception(code)
{
    public string Code { get; } = code;
}

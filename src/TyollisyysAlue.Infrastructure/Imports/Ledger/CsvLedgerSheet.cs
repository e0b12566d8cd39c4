using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Infrastructure.Imports.StatTables;

namespace TyollisyysAlue.Infrastructure.Imports.Ledger;

/// <summary>A CSV ledger ('; ' Finnish Excel, ',' or tab; UTF-8 or Windows-1252) read one record at a time.</summary>
internal sealed class CsvLedgerSheet : ILedgerSheet
{
    private readonly StreamReader _text;
    private readonly CsvRecords _records;

    private CsvLedgerSheet(StreamReader text, CsvRecords records, IReadOnlyList<string> headers)
    {
        _text = text;
        _records = records;
        Headers = headers;
    }

    public IReadOnlyList<string> Headers { get; }

    public static CsvLedgerSheet Open(Stream stream)
    {
        var encoding = CsvEncoding.Detect(stream);
        var delimiter = CsvRecords.Delimiter(CsvEncoding.Start(stream, encoding));
        var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var records = new CsvRecords(text, delimiter);
        List<string>? header;
        while ((header = records.Next()) is not null && header.All(string.IsNullOrWhiteSpace)) { }
        if (header is null || header.Count < 3 || header.Any(h => h.Contains('\0', StringComparison.Ordinal)))
        {
            text.Dispose();
            throw new LedgerFileException("Ledger.NotATable");
        }
        if (header.Count > Application.Indicators.Import.ImportLimits.MaxColumns)
        {
            text.Dispose();
            throw new LedgerFileException("Ledger.TooManyColumns");
        }
        return new CsvLedgerSheet(text, records, header.Select(h => h.Trim()).ToList());
    }

    public IEnumerable<LedgerFileRow> Rows(CancellationToken ct)
    {
        while (_records.Next() is { } cells)
        {
            ct.ThrowIfCancellationRequested();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            yield return new LedgerFileRow(_records.Line, cells);
        }
    }

    public void Dispose() => _text.Dispose();
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TyollisyysAlue.Application.FollowUp.Ledger;

namespace TyollisyysAlue.Infrastructure.Imports.Ledger;

/// <summary>
/// The first worksheet of an xlsx ledger, read row by row with the OpenXml SAX reader (ClosedXML would load the
/// whole workbook): only the shared strings and the current row are in memory. Numbers come as the cell stores
/// them ("1234.5"), dates as serial numbers; the header is the first row.
/// </summary>
internal sealed class XlsxLedgerSheet : ILedgerSheet
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheet;
    private readonly IReadOnlyList<string> _strings;
    private readonly List<(int Line, List<string> Cells)> _first;

    private XlsxLedgerSheet(Stream stream, SpreadsheetDocument document, WorksheetPart sheet, IReadOnlyList<string> strings)
    {
        _stream = stream;
        _document = document;
        _sheet = sheet;
        _strings = strings;
        _first = ReadRows().Take(1).ToList();
        Headers = _first.Count == 0 ? [] : _first[0].Cells.Select(c => c.Trim()).ToList();
    }

    public IReadOnlyList<string> Headers { get; }

    public static XlsxLedgerSheet Open(Stream stream)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(stream, false);
        }
        catch (Exception error) when (error is OpenXmlPackageException or InvalidDataException or IOException)
        {
            throw new LedgerFileException("Ledger.NotATable");
        }
        var book = document.WorkbookPart;
        var first = book?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (book is null || first?.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart sheet)
        {
            document.Dispose();
            throw new LedgerFileException("Ledger.NotATable");
        }
        var strings = new List<string>();
        if (book.SharedStringTablePart is { } shared)
        {
            using var reader = OpenXmlReader.Create(shared);
            while (reader.Read())
                if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                    strings.Add(reader.LoadCurrentElement()?.InnerText ?? string.Empty);
        }
        var opened = new XlsxLedgerSheet(stream, document, sheet, strings);
        if (opened.Headers.Count < 3)
        {
            opened.Dispose();
            throw new LedgerFileException("Ledger.NotATable");
        }
        return opened;
    }

    public IEnumerable<LedgerFileRow> Rows(CancellationToken ct)
    {
        foreach (var (line, cells) in ReadRows().Skip(1))
        {
            ct.ThrowIfCancellationRequested();
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            yield return new LedgerFileRow(line, cells);
        }
    }

    private IEnumerable<(int Line, List<string> Cells)> ReadRows()
    {
        using var reader = OpenXmlReader.Create(_sheet);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? cells.Count;
                while (cells.Count < column) cells.Add(string.Empty);
                cells.Add(TextOf(cell));
            }
            yield return ((int)(row.RowIndex?.Value ?? 0), cells);
        }
    }

    private string TextOf(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Count ? _strings[i] : string.Empty;
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText ?? string.Empty;
        return raw;
    }

    /// <summary>"C12" → 2.</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter)) column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return column == 0 ? null : column - 1;
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}

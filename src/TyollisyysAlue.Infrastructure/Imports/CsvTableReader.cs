using System.Text;
using CsvHelper;
using TyollisyysAlue.Application.Indicators;
using CsvRow = TyollisyysAlue.Application.Indicators.CsvRow;

namespace TyollisyysAlue.Infrastructure.Imports;

/// <summary>
/// Reads uploaded CSV files such as Statistics Finland's PxWeb exports: ';' (Finnish Excel), ',' or tab separated,
/// UTF-8 with or without BOM (falls back to Windows-1252 for older Excel files). Line numbers are the file's own,
/// so a row error can be found in the file.
/// </summary>
public sealed class CsvTableReader : ICsvTableReader
{
    public CsvTable Read(Stream csv)
    {
        using var buffer = new MemoryStream();
        csv.CopyTo(buffer);
        var text = Decode(buffer.ToArray());
        var options = new CsvReaderOptions { Separator = DetectDelimiter(text), HasHeader = false, TrackLineNumbers = true };
        using var reader = CsvReader.Create(new StringReader(text), options);
        var headers = new List<string>();
        var rows = new List<CsvRow>();
        // PxWeb may put a title line above the real header: the header is the first line with more than one field.
        while (reader.Read())
        {
            var cells = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            if (headers.Count == 0)
            {
                if (cells.Count > 1) headers = cells;
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            rows.Add(new CsvRow((int)reader.LineNumber, cells));
        }
        return new CsvTable(headers, rows);
    }

    private static string Decode(byte[] bytes) => Plans.TextDecoding.Decode(bytes);

    private static readonly char[] Delimiters = [';', '\t', ','];

    private static char DetectDelimiter(string text)
    {
        var firstLines = string.Join('\n', text.Split('\n').Take(3));
        return Delimiters.OrderByDescending(d => firstLines.Count(c => c == d)).First();
    }
}

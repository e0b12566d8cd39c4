using System.Text;
using System.Text.Json;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// Recognises the format from the bytes (not the file name) and hands the file to the reader of that format. A
/// spreadsheet, PDF or other binary file, or JSON that is no table, is refused as the wrong type of file.
/// </summary>
public sealed class StatTableReader : IStatTableReader
{
    public StatTableInfo Inspect(Stream file, string fileName, IReadOnlyCollection<string>? valueColumns = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Detect(file) switch
        {
            StatFormat.PxJson => PxJsonReader.Inspect(file, fileName, ct),
            StatFormat.JsonStat => JsonStatReader.Inspect(file, fileName, ct),
            _ => CsvStatReader.Inspect(file, fileName, valueColumns, ct),
        };
    }

    public void ReadCells(Stream file, StatTableInfo info, IStatCellSink sink, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(info);
        switch (info.Format)
        {
            case StatFormat.PxJson: PxJsonReader.ReadCells(file, info, sink, ct); break;
            case StatFormat.JsonStat: JsonStatReader.ReadCells(file, info, sink, ct); break;
            default: CsvStatReader.ReadCells(file, info, sink, ct); break;
        }
    }

    /// <summary>The format of the stream (left at its start); <see cref="StatFileException"/> for anything that is no table.</summary>
    public static StatFormat Detect(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanSeek) throw new ArgumentException("The import reads a file twice: give a seekable stream.", nameof(file));
        var head = new byte[8 * 1024];
        var n = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        file.Position = 0;
        if (n == 0) throw new StatFileException("Import.Empty");
        var bytes = head.AsSpan(0, n);
        if (bytes.StartsWith("PK\u0003\u0004"u8)) throw new StatFileException("Import.WrongFileType", "xlsx/zip");
        if (bytes.StartsWith("%PDF"u8)) throw new StatFileException("Import.WrongFileType", "pdf");
        var utf16 = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!utf16 && bytes.Contains((byte)0)) throw new StatFileException("Import.WrongFileType", "binary");
        var start = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var first = start.IndexOfAnyExcept(" \t\r\n"u8);
        if (utf16 || first < 0 || start[first] is not ((byte)'{' or (byte)'[')) return StatFormat.Csv;
        if (start[first] == '[') throw new StatFileException("Import.WrongFileType", "json");
        return JsonKind(file);
    }

    /// <summary>PxWeb json has "columns" and "data"; JSON-stat has "dimension", "value" or a "dataset".</summary>
    private static StatFormat JsonKind(Stream file)
    {
        try
        {
            var json = new JsonTokens(file);
            while (json.Read())
            {
                if (json.Type != JsonTokenType.PropertyName || json.Depth != 1) continue;
                switch (json.Text)
                {
                    case "columns" or "data": return StatFormat.PxJson;
                    case "dimension" or "dataset" or "value" or "id": return StatFormat.JsonStat;
                }
            }
        }
        finally
        {
            file.Position = 0;
        }
        throw new StatFileException("Import.WrongFileType", "json");
    }
}

using System.Text;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// Records of a CSV file read one at a time (RFC 4180: quoted fields, doubled quotes, delimiters and line breaks
/// inside quotes) with the line each record starts on, so a message can name the line in the file.
/// </summary>
internal sealed class CsvRecords(TextReader text, char delimiter)
{
    private int _line = 1;
    private readonly StringBuilder _field = new();

    public int Line { get; private set; }

    /// <summary>The next record's fields, or null at the end of the file.</summary>
    public List<string>? Next()
    {
        var fields = new List<string>();
        _field.Clear();
        Line = _line;
        var quoted = false;
        var any = false;
        while (true)
        {
            var c = text.Read();
            if (c < 0)
            {
                if (!any && fields.Count == 0) return null;
                fields.Add(_field.ToString());
                return fields;
            }
            any = true;
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (text.Peek() == '"') { text.Read(); _field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') _line++;
                    _field.Append(ch);
                }
                continue;
            }
            if (ch == '"') quoted = true;
            else if (ch == delimiter) { fields.Add(_field.ToString()); _field.Clear(); }
            else if (ch == '\r') { if (text.Peek() == '\n') text.Read(); _line++; fields.Add(_field.ToString()); return fields; }
            else if (ch == '\n') { _line++; fields.Add(_field.ToString()); return fields; }
            else _field.Append(ch);
        }
    }

    /// <summary>';' (Finnish Excel, PxWeb "semicolon delimited"), ',' or tab: the one most used outside quotes on the first lines.</summary>
    public static char Delimiter(string start)
    {
        char[] candidates = [';', ',', '\t'];
        var lines = start.Split('\n').Take(12).ToList();
        return candidates.OrderByDescending(d => lines.Max(l => CountOutsideQuotes(l, d))).First();
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) count++;
        }
        return count;
    }
}

/// <summary>
/// The text encoding of an uploaded CSV: a byte order mark says; otherwise UTF-8 if every byte sequence is valid
/// UTF-8, else Windows-1252 (older PxWeb and Excel exports; ISO-8859-1 reads the same for Finnish and Swedish letters).
/// </summary>
internal static class CsvEncoding
{
    static CsvEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Detect(Stream stream)
    {
        Span<byte> bom = stackalloc byte[3];
        var read = stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false);
        stream.Position = 0;
        if (read >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return new UTF8Encoding(false);
        if (read >= 2 && bom[0] == 0xFF && bom[1] == 0xFE) return Encoding.Unicode;
        if (read >= 2 && bom[0] == 0xFE && bom[1] == 0xFF) return Encoding.BigEndianUnicode;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int n;
            while ((n = stream.Read(bytes, 0, bytes.Length)) > 0) decoder.GetChars(bytes, 0, n, chars, 0, flush: false);
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>The start of the file as text (for the delimiter), and the stream back at the start.</summary>
    public static string Start(Stream stream, Encoding encoding)
    {
        var buffer = new byte[16 * 1024];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return encoding.GetString(buffer, 0, n);
    }
}

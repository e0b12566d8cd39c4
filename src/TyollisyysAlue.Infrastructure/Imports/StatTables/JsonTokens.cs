using System.Text;
using System.Text.Json;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// JSON tokens read from a stream through a small buffer (Utf8JsonReader over refilled chunks), so a 50 MB export
/// is read without holding it: only the token at hand is materialised.
/// </summary>
internal sealed class JsonTokens(Stream stream)
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _start, _end;
    private bool _final, _started;
    private JsonReaderState _state;

    public JsonTokenType Type { get; private set; }
    /// <summary>A property name, a string, or a number as written; null for other tokens (and JSON null).</summary>
    public string? Text { get; private set; }
    public int Depth { get; private set; }

    public bool Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (JsonException error)
            {
                throw new StatFileException("Import.Malformed", error.Message);
            }
            if (read)
            {
                Type = reader.TokenType;
                Depth = reader.CurrentDepth;
                Text = Type switch
                {
                    JsonTokenType.PropertyName or JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.True => "true",
                    JsonTokenType.False => "false",
                    _ => null,
                };
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return true;
            }
            if (_final) return false;
            Fill();
        }
    }

    /// <summary>Reads the next token and fails when the file ends.</summary>
    public void Next()
    {
        if (!Read()) throw new StatFileException("Import.Malformed", "end of file");
    }

    /// <summary>Skips the value the current token starts (a whole object or array; a scalar is already read).</summary>
    public void SkipValue()
    {
        if (Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = Depth;
        while (Read())
            if (Type is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth) return;
    }

    /// <summary>After a property name: the following array of strings (or numbers as text).</summary>
    public List<string?> ReadArray()
    {
        Next();
        var items = new List<string?>();
        if (Type != JsonTokenType.StartArray) throw new StatFileException("Import.Malformed", "array expected");
        while (true)
        {
            Next();
            if (Type == JsonTokenType.EndArray) return items;
            if (Type is JsonTokenType.StartObject or JsonTokenType.StartArray) { SkipValue(); items.Add(null); }
            else items.Add(Text);
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2); // one token longer than the buffer
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _final = true;
        else _end += read;
        if (!_started && _end >= 3)
        {
            _started = true;
            if (_buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF) _start = 3; // a UTF-8 byte order mark
        }
    }
}

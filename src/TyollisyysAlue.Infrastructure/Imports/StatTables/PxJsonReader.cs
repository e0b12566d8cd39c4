using System.Text.Json;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// PxWeb's "json" format: <c>columns</c> (code, text, type d = variable, t = time, c = content), <c>data</c> rows of
/// <c>key</c> (one member code per d/t column) and <c>values</c> (one string per content, ".." when suppressed), and a
/// <c>metadata</c> block with label, source and update time. The contents become one content variable.
/// </summary>
internal static class PxJsonReader
{
    private sealed record Column(string Code, string Text, string Type);

    public static StatTableInfo Inspect(Stream file, string fileName, CancellationToken ct)
    {
        var json = new JsonTokens(file);
        var columns = new List<Column>();
        var members = new List<List<string>>();
        var seen = new List<HashSet<string>>();
        long rows = 0;
        string? title = null, source = null, updated = null;
        Root(json, (name, t) =>
        {
            switch (name)
            {
                case "columns":
                    columns = Columns(t);
                    foreach (var _ in columns.Where(c => c.Type != "c")) { members.Add([]); seen.Add([]); }
                    return;
                case "data":
                    Rows(t, columns, (key, _, _) =>
                    {
                        if (++rows > ImportLimits.MaxRows) throw new StatFileException("Import.TooManyRows", ImportLimits.MaxRows);
                        ct.ThrowIfCancellationRequested();
                        for (var i = 0; i < key.Count && i < seen.Count; i++)
                            if (seen[i].Add(key[i])) members[i].Add(key[i]);
                    });
                    return;
                case "metadata":
                    (title, source, updated) = Metadata(t);
                    return;
                default:
                    t.Next();
                    t.SkipValue();
                    return;
            }
        });
        var variables = columns.Where(c => c.Type != "c").ToList();
        if (variables.Count == 0 || columns.All(c => c.Type != "c")) throw new StatFileException("Import.WrongFileType", "json");
        var dimensions = variables.Select((c, i) => new StatDimension(c.Code, c.Text, c.Type == "t" ? DimensionRole.Time : Role(members[i]),
            members[i].Select(m => new StatMember(m, m)).ToList())).ToList();
        dimensions.Add(new StatDimension("@content", "Tiedot", DimensionRole.Content,
            columns.Where(c => c.Type == "c").Select(c => new StatMember(c.Code, c.Text)).ToList()));
        return new StatTableInfo(StatFormat.PxJson, fileName, dimensions, rows * columns.Count(c => c.Type == "c"))
        {
            Title = title, Source = source, Updated = updated,
        };
    }

    public static void ReadCells(Stream file, StatTableInfo info, IStatCellSink sink, CancellationToken ct)
    {
        var json = new JsonTokens(file);
        var contents = info.Dimensions[^1].Members.Select(m => m.Code).ToList();
        var members = new string[info.Dimensions.Count];
        long row = 0;
        Root(json, (name, t) =>
        {
            if (name != "data") { t.Next(); t.SkipValue(); return; }
            Rows(t, null, (key, values, _) =>
            {
                row++;
                if ((row & 1023) == 0) ct.ThrowIfCancellationRequested();
                for (var i = 0; i < key.Count && i < members.Length - 1; i++) members[i] = key[i];
                for (var j = 0; j < values.Count && j < contents.Count; j++)
                {
                    members[^1] = contents[j];
                    sink.Cell(members, values[j] ?? "..", new CellLocation(CellLocationKind.DataRow, row, contents[j]));
                }
            });
        });
    }

    /// <summary>An area variable by its members (KU049, SSS, MK01 — not bare numbers, which ages are too).</summary>
    internal static DimensionRole Role(IReadOnlyCollection<string> members) =>
        members.Count > 0 && members.Count(m => AreaCode.LooksLikeArea(m) && !m.All(char.IsAsciiDigit)) * 2 > members.Count ? DimensionRole.Area : DimensionRole.Other;

    /// <summary>Calls <paramref name="property"/> for every property of the root object, positioned on its name.</summary>
    internal static void Root(JsonTokens json, Action<string, JsonTokens> property)
    {
        if (!json.Read()) throw new StatFileException("Import.Empty");
        if (json.Type != JsonTokenType.StartObject) throw new StatFileException("Import.WrongFileType", "json");
        while (true)
        {
            json.Next();
            if (json.Type == JsonTokenType.EndObject) return;
            property(json.Text!, json);
        }
    }

    private static List<Column> Columns(JsonTokens json)
    {
        var columns = new List<Column>();
        json.Next();
        while (true)
        {
            json.Next();
            if (json.Type == JsonTokenType.EndArray) return columns;
            string code = "", text = "", type = "d";
            Object(json, (name, t) =>
            {
                t.Next();
                switch (name)
                {
                    case "code": code = t.Text ?? ""; break;
                    case "text": text = t.Text ?? ""; break;
                    case "type": type = t.Text ?? "d"; break;
                    default: t.SkipValue(); break;
                }
            });
            columns.Add(new Column(code, text.Length == 0 ? code : text, type));
        }
    }

    private static void Rows(JsonTokens json, List<Column>? columns, Action<List<string>, List<string?>, long> row)
    {
        json.Next();
        if (json.Type != JsonTokenType.StartArray) throw new StatFileException("Import.Malformed", "data");
        long index = 0;
        while (true)
        {
            json.Next();
            if (json.Type == JsonTokenType.EndArray) return;
            List<string>? key = null;
            List<string?>? values = null;
            Object(json, (name, t) =>
            {
                if (name == "key") key = t.ReadArray().Select(k => k ?? "").ToList();
                else if (name == "values") values = t.ReadArray();
                else { t.Next(); t.SkipValue(); }
            });
            row(key ?? [], values ?? [], ++index);
        }
    }

    private static (string?, string?, string?) Metadata(JsonTokens json)
    {
        string? title = null, source = null, updated = null;
        json.Next();
        if (json.Type != JsonTokenType.StartArray) { json.SkipValue(); return (null, null, null); }
        while (true)
        {
            json.Next();
            if (json.Type == JsonTokenType.EndArray) return (title, source, updated);
            Object(json, (name, t) =>
            {
                t.Next();
                switch (name)
                {
                    case "label": title ??= t.Text; break;
                    case "source": source ??= t.Text; break;
                    case "updated": updated ??= t.Text; break;
                    default: t.SkipValue(); break;
                }
            });
        }
    }

    /// <summary>Positioned on a StartObject: calls <paramref name="property"/> on each property name until the object ends.</summary>
    internal static void Object(JsonTokens json, Action<string, JsonTokens> property)
    {
        if (json.Type != JsonTokenType.StartObject) { json.SkipValue(); return; }
        while (true)
        {
            json.Next();
            if (json.Type == JsonTokenType.EndObject) return;
            property(json.Text!, json);
        }
    }
}

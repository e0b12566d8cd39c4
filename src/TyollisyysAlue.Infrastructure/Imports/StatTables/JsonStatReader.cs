using System.Globalization;
using System.Text.Json;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatTables;

/// <summary>
/// JSON-stat 2.0 (PxWeb "json-stat2": <c>id</c>, <c>size</c>, <c>dimension</c>, <c>role</c>, <c>value</c>, <c>status</c>)
/// and the older JSON-stat 1.x bundle (PxWeb "json-stat": <c>{"dataset": {...}}</c>, id/size/role inside the
/// dimensions). Values are in row-major order over the dimensions, the last one fastest; a suppressed value is null
/// with its symbol (".." or "...") in <c>status</c>.
/// </summary>
internal static class JsonStatReader
{
    private sealed class Parsed
    {
        public List<string> Ids { get; set; } = [];
        public List<int> Sizes { get; set; } = [];
        public Dictionary<string, (string Label, List<StatMember> Members)> Dimensions { get; } = [];
        public Dictionary<string, string> Roles { get; } = [];
        public Dictionary<long, string> Status { get; } = [];
        public string? AllStatus { get; set; }
        public string? Title { get; set; }
        public string? Source { get; set; }
        public string? Updated { get; set; }
        public long Values { get; set; }
    }

    /// <summary>What <see cref="ReadCells"/> needs besides the dimensions: the status symbols of suppressed values.</summary>
    private sealed record State(IReadOnlyDictionary<long, string> Status, string? AllStatus);

    public static StatTableInfo Inspect(Stream file, string fileName, CancellationToken ct)
    {
        var parsed = new Parsed();
        Read(new JsonTokens(file), parsed, null, ct);
        if (parsed.Ids.Count == 0 || parsed.Ids.Count != parsed.Sizes.Count || parsed.Ids.Any(id => !parsed.Dimensions.ContainsKey(id)))
            throw new StatFileException("Import.WrongFileType", "json");
        var dimensions = parsed.Ids.Select(id =>
        {
            var (label, members) = parsed.Dimensions[id];
            return new StatDimension(id, label, RoleOf(id, label, parsed.Roles.GetValueOrDefault(id), members), members);
        }).ToList();
        for (var i = 0; i < dimensions.Count; i++)
            if (dimensions[i].Members.Count != parsed.Sizes[i]) throw new StatFileException("Import.Malformed", dimensions[i].Code);
        return new StatTableInfo(StatFormat.JsonStat, fileName, dimensions, parsed.Values)
        {
            Title = parsed.Title, Source = parsed.Source, Updated = parsed.Updated,
            ReaderState = new State(parsed.Status, parsed.AllStatus),
        };
    }

    public static void ReadCells(Stream file, StatTableInfo info, IStatCellSink sink, CancellationToken ct)
    {
        var state = info.ReaderState as State ?? new State(new Dictionary<long, string>(), null);
        var sizes = info.Dimensions.Select(d => d.Members.Count).ToArray();
        var members = new string[sizes.Length];
        void Cell(long index, string? value)
        {
            if ((index & 4095) == 0) ct.ThrowIfCancellationRequested();
            var rest = index;
            for (var d = sizes.Length - 1; d >= 0; d--)
            {
                members[d] = info.Dimensions[d].Members[(int)(rest % sizes[d])].Code;
                rest /= sizes[d];
            }
            var raw = value ?? state.Status.GetValueOrDefault(index) ?? state.AllStatus ?? "..";
            sink.Cell(members, raw, new CellLocation(CellLocationKind.ValueIndex, index));
        }
        Read(new JsonTokens(file), null, Cell, ct, total: sizes.Aggregate(1L, (a, b) => a * b));
    }

    /// <summary>One pass over the file: the structure into <paramref name="parsed"/>, or the values to <paramref name="cell"/>.</summary>
    private static void Read(JsonTokens json, Parsed? parsed, Action<long, string?>? cell, CancellationToken ct, long total = 0)
    {
        void Dataset(string name, JsonTokens t)
        {
            switch (name)
            {
                case "dataset":
                    t.Next();
                    PxJsonReader.Object(t, Dataset); // JSON-stat 1.x: the dataset is one level down
                    return;
                case "value" when cell is not null:
                    Values(t, cell, total);
                    return;
                case "value" when parsed is not null:
                    Values(t, (i, _) =>
                    {
                        if (++parsed.Values > ImportLimits.MaxCells) throw new StatFileException("Import.TooManyCells", ImportLimits.MaxCells);
                        if ((i & 4095) == 0) ct.ThrowIfCancellationRequested();
                    }, 0);
                    return;
            }
            if (parsed is null) { t.Next(); t.SkipValue(); return; }
            switch (name)
            {
                case "id": parsed.Ids = t.ReadArray().Select(x => x ?? "").ToList(); break;
                case "size": parsed.Sizes = t.ReadArray().Select(x => int.Parse(x ?? "0", CultureInfo.InvariantCulture)).ToList(); break;
                case "role": t.Next(); Roles(t, parsed); break;
                case "dimension": t.Next(); PxJsonReader.Object(t, (code, d) => Dimension(code, d, parsed)); break;
                case "status": t.Next(); Status(t, parsed); break;
                case "label": t.Next(); parsed.Title = t.Text; break;
                case "source": t.Next(); parsed.Source = t.Text; break;
                case "updated": t.Next(); parsed.Updated = t.Text; break;
                default: t.Next(); t.SkipValue(); break;
            }
        }
        PxJsonReader.Root(json, Dataset);
    }

    /// <summary>The values in index order; of the sparse form every index up to <paramref name="total"/> (absent ones missing).</summary>
    private static void Values(JsonTokens json, Action<long, string?> cell, long total)
    {
        json.Next();
        if (json.Type == JsonTokenType.StartArray)
        {
            long index = 0;
            while (true)
            {
                json.Next();
                if (json.Type == JsonTokenType.EndArray) return;
                cell(index++, json.Type == JsonTokenType.Null ? null : json.Text);
            }
        }
        // The sparse form: {"0": 31212, "17": 5}. Bounded by the row limit, which the structure pass has checked.
        var present = new Dictionary<long, string?>();
        PxJsonReader.Object(json, (index, t) =>
        {
            t.Next();
            var i = long.Parse(index, CultureInfo.InvariantCulture);
            if (total == 0) cell(i, t.Text);
            else present[i] = t.Type == JsonTokenType.Null ? null : t.Text;
        });
        for (long i = 0; i < total; i++) cell(i, present.GetValueOrDefault(i));
    }

    private static void Dimension(string code, JsonTokens json, Parsed parsed)
    {
        json.Next();
        // JSON-stat 1.x keeps id, size and role among the dimensions.
        if (code == "id") { parsed.Ids = Strings(json); return; }
        if (code == "size") { parsed.Sizes = Strings(json).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList(); return; }
        if (code == "role") { Roles(json, parsed); return; }
        string label = code;
        var index = new List<(string Code, int Order)>();
        var labels = new Dictionary<string, string>();
        var units = new Dictionary<string, string>();
        PxJsonReader.Object(json, (name, t) =>
        {
            if (name == "label") { t.Next(); label = t.Text ?? code; return; }
            if (name != "category") { t.Next(); t.SkipValue(); return; }
            t.Next();
            PxJsonReader.Object(t, (part, c) =>
            {
                switch (part)
                {
                    case "index":
                        c.Next();
                        if (c.Type == JsonTokenType.StartArray)
                        {
                            var order = 0;
                            while (true) { c.Next(); if (c.Type == JsonTokenType.EndArray) break; index.Add((c.Text ?? "", order++)); }
                        }
                        else PxJsonReader.Object(c, (member, v) => { v.Next(); index.Add((member, int.Parse(v.Text ?? "0", CultureInfo.InvariantCulture))); });
                        break;
                    case "label":
                        c.Next();
                        PxJsonReader.Object(c, (member, v) => { v.Next(); labels[member] = v.Text ?? member; });
                        break;
                    case "unit":
                        c.Next();
                        PxJsonReader.Object(c, (member, u) =>
                        {
                            u.Next();
                            PxJsonReader.Object(u, (field, f) => { f.Next(); if (field is "base" or "label") units[member] = (units.GetValueOrDefault(member) + " " + f.Text).Trim(); else f.SkipValue(); });
                        });
                        break;
                    default:
                        c.Next();
                        c.SkipValue();
                        break;
                }
            });
        });
        // A single-member dimension may give only labels.
        if (index.Count == 0) index = labels.Keys.Select((k, i) => (k, i)).ToList();
        parsed.Dimensions[code] = (label, index.OrderBy(x => x.Order)
            .Select(x => new StatMember(x.Code, labels.GetValueOrDefault(x.Code, x.Code), units.GetValueOrDefault(x.Code))).ToList());
    }

    private static List<string> Strings(JsonTokens json)
    {
        var items = new List<string>();
        if (json.Type != JsonTokenType.StartArray) { json.SkipValue(); return items; }
        while (true) { json.Next(); if (json.Type == JsonTokenType.EndArray) return items; items.Add(json.Text ?? ""); }
    }

    private static void Roles(JsonTokens json, Parsed parsed) =>
        PxJsonReader.Object(json, (role, t) =>
        {
            t.Next();
            foreach (var id in Strings(t)) parsed.Roles[id] = role;
        });

    private static void Status(JsonTokens json, Parsed parsed)
    {
        if (json.Type == JsonTokenType.String) { parsed.AllStatus = json.Text; return; }
        if (json.Type == JsonTokenType.StartArray)
        {
            long index = 0;
            while (true)
            {
                json.Next();
                if (json.Type == JsonTokenType.EndArray) return;
                if (json.Text is { Length: > 0 } symbol) parsed.Status[index] = symbol;
                index++;
            }
        }
        PxJsonReader.Object(json, (index, t) => { t.Next(); if (t.Text is { } s) parsed.Status[long.Parse(index, CultureInfo.InvariantCulture)] = s; });
    }

    private static DimensionRole RoleOf(string code, string label, string? role, List<StatMember> members) => role switch
    {
        "time" => DimensionRole.Time,
        "metric" => DimensionRole.Content,
        "geo" => DimensionRole.Area,
        _ when code.StartsWith("timeperiod", StringComparison.OrdinalIgnoreCase) || code is "Vuosi" or "Kuukausi" => DimensionRole.Time,
        _ when code.Equals("contentscode", StringComparison.OrdinalIgnoreCase) || code is "Tiedot" || label is "Tiedot" => DimensionRole.Content,
        _ => PxJsonReader.Role(members.Select(m => m.Code).ToList()),
    };
}

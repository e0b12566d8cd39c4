using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TyollisyysAlue.TestSupport;

/// <summary>One cell of a test table: area code (KU638, SSS), period (2026M06, 2025), content code, and the value as the file writes it.</summary>
public sealed record StatCellData(string Area, string Period, string Content, string Value, string? Other = null);

/// <summary>
/// Statistics Finland exports built for tests in every format the import reads, with both generations of variable
/// codes (before 8.6.2026: Alue, Kuukausi, Vuosi, Tiedot; since: alue_23_20260101, timeperiod_m, timeperiod_y,
/// contentscode), and the real published 12r5 excerpt of Fixtures/.
/// </summary>
public static class StatFiles
{
    public sealed record Codes(string Area, string Month, string Year, string Content, string? Other = null);

    public static readonly Codes Old = new("Alue", "Kuukausi", "Vuosi", "Tiedot", "Ikä");
    public static readonly Codes Current = new("alue_23_20260101", "timeperiod_m", "timeperiod_y", "contentscode", "ikaryhma_10_20180101");

    /// <summary>The real PxWeb json export of 12r5 for 2026M06 (an excerpt of rows; see Fixtures/README.md).</summary>
    public static byte[] Real12r5Excerpt()
    {
        using var stream = typeof(StatFiles).Assembly.GetManifestResourceStream("Fixtures.statfin-12r5-2026M06-excerpt.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string TimeCode(Codes codes, IEnumerable<StatCellData> cells) => cells.First().Period.Contains('M') ? codes.Month : codes.Year;

    /// <summary>PxWeb "json": columns (d, t, c) and data rows of key and string values.</summary>
    public static byte[] PxJson(Codes codes, IReadOnlyList<StatCellData> cells, IReadOnlyDictionary<string, string>? contentTexts = null)
    {
        var contents = cells.Select(c => c.Content).Distinct().ToList();
        var hasOther = cells.Any(c => c.Other is not null);
        var columns = new List<object> { new { code = codes.Area, text = "Alue", type = "d" } };
        if (hasOther) columns.Add(new { code = codes.Other!, text = "Ikä", type = "d" });
        columns.Add(new { code = TimeCode(codes, cells), text = "Kuukausi", type = "t" });
        columns.AddRange(contents.Select(c => new { code = c, text = contentTexts?.GetValueOrDefault(c) ?? c + " (lkm.)", type = "c" }));
        var data = cells.GroupBy(c => (c.Area, c.Other, c.Period)).Select(g => new
        {
            key = hasOther ? new[] { g.Key.Area, g.Key.Other!, g.Key.Period } : [g.Key.Area, g.Key.Period],
            values = contents.Select(c => g.FirstOrDefault(x => x.Content == c)?.Value ?? "..").ToArray(),
        });
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            columns, comments = Array.Empty<object>(), data,
            metadata = new[] { new { updated = "2026-07-21T05.00.00Z", label = "Testitaulukko", source = "KEHA-keskus, Työnvälitystilasto" } },
        });
    }

    /// <summary>JSON-stat 2.0 as PxWeb writes it: id, size, role, dimension with category index and label, value, status.</summary>
    public static byte[] JsonStat2(Codes codes, IReadOnlyList<StatCellData> cells, bool sparse = false)
    {
        var areas = cells.Select(c => c.Area).Distinct().ToList();
        var periods = cells.Select(c => c.Period).Distinct().ToList();
        var contents = cells.Select(c => c.Content).Distinct().ToList();
        var time = TimeCode(codes, cells);
        var values = new List<double?>();
        var status = new Dictionary<string, string>();
        foreach (var a in areas)
            foreach (var p in periods)
                foreach (var c in contents)
                {
                    var cell = cells.FirstOrDefault(x => x.Area == a && x.Period == p && x.Content == c);
                    if (cell is null || cell.Value.StartsWith('.')) { status[values.Count.ToString(CultureInfo.InvariantCulture)] = cell?.Value ?? ".."; values.Add(null); }
                    else values.Add(double.Parse(cell.Value, CultureInfo.InvariantCulture));
                }
        object Dimension(string label, IReadOnlyList<string> members, bool unit = false) => new
        {
            label,
            category = new
            {
                index = members.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i),
                label = members.ToDictionary(m => m, m => m.StartsWith("KU", StringComparison.Ordinal) ? "Kunta " + m[2..] : m),
                unit = unit ? members.ToDictionary(m => m, _ => (object)new { @base = "lkm", decimals = 0 }) : null,
            },
        };
        var dimension = new Dictionary<string, object>
        {
            [codes.Area] = Dimension("Alue", areas),
            [time] = Dimension("Kuukausi", periods),
            [codes.Content] = Dimension("Tiedot", contents, unit: true),
        };
        object valueOut = sparse
            ? values.Select((v, i) => (v, i)).Where(x => x.v is not null).ToDictionary(x => x.i.ToString(CultureInfo.InvariantCulture), x => x.v)
            : values;
        return JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["version"] = "2.0", ["class"] = "dataset", ["label"] = "Testitaulukko", ["source"] = "KEHA-keskus, Työnvälitystilasto",
            ["updated"] = "2026-07-21T05:00:00Z",
            ["id"] = new[] { codes.Area, time, codes.Content },
            ["size"] = new[] { areas.Count, periods.Count, contents.Count },
            ["role"] = new { time = new[] { time }, metric = new[] { codes.Content } },
            ["dimension"] = dimension,
            ["value"] = valueOut,
            ["status"] = status,
        });
    }

    /// <summary>
    /// The web UI's CSV: a quoted title line, a blank line, a quoted header ("Alue", then one column per period and
    /// content, "2026M06 Työttömät … (lkm.)"), area cells "KU638 Porvoo".
    /// </summary>
    public static byte[] WebCsv(IReadOnlyList<StatCellData> cells, char delimiter = ';', Encoding? encoding = null,
        IReadOnlyDictionary<string, string>? contentTexts = null, bool title = true)
    {
        var columns = cells.Select(c => (c.Period, c.Content)).Distinct().ToList();
        var text = new StringBuilder();
        string Q(string s) => "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        if (title) text.Append(Q("Työnhakijat ja palveluissa olevat muuttujina Alue, Kuukausi ja Tiedot")).Append("\r\n\r\n");
        text.Append(string.Join(delimiter, new[] { Q("Alue") }.Concat(columns.Select(c => Q($"{c.Period} {contentTexts?.GetValueOrDefault(c.Content) ?? c.Content}"))))).Append("\r\n");
        foreach (var area in cells.Select(c => c.Area).Distinct())
        {
            var label = area.StartsWith("KU", StringComparison.Ordinal) ? $"{area} Kunta{area[2..]}" : area == "SSS" ? "SSS KOKO MAA" : area;
            text.Append(string.Join(delimiter, new[] { Q(label) }.Concat(columns.Select(c =>
                Q(cells.FirstOrDefault(x => x.Area == area && x.Period == c.Period && x.Content == c.Content)?.Value ?? ""))))).Append("\r\n");
        }
        return (encoding ?? new UTF8Encoding(false)).GetBytes(text.ToString());
    }
}

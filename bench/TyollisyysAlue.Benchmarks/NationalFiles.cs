using System.Globalization;
using System.Text;
using System.Text.Json;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// A national 12r5 export as Statistics Finland writes it, in each format the import reads: the whole country, every
/// municipality of the register, 70 sub-regions, 15 ELY centres and the unknown-municipality row (395 areas) × 120
/// months (2016M07–2026M06) × the table's 23 contents (the real content codes and texts), about 1.09 million cells.
/// Values are deterministic; every 97th cell is suppressed (".."). The files are written once to a temporary folder,
/// streamed (never held in memory), so generating them does not count in a reader's peak memory.
/// </summary>
public static class NationalFiles
{
    public static readonly (string Code, string Text)[] Contents =
    [
        ("HAKIJALOPUSSA", "Työnhakijoita laskentapäivänä (lkm.)"),
        ("TYOTTOMATLOPUSSA", "Työttömät työnhakijat laskentapäivänä (lkm.)"),
        ("TYOVOIMATK", "TK:n Työssäkäyntitilaston työvoima (lkm.)"),
        ("TYOTOSUUS", "Työttömien työnhakijoiden %-osuus työvoimasta (%)"),
        ("TYOTTOMATMIEHET", "Työttömät työnhakijat, miehet (lkm.)"),
        ("TYOTTOMATNAISET", "Työttömät työnhakijat, naiset (lkm.)"),
        ("TYOTTOMAT20", "Alle 20-v. työttömät työnhakijat (lkm.)"),
        ("TYOTTOMAT25", "Alle 25-v. työttömät työnhakijat (lkm.)"),
        ("TYOTTOMAT50", "Yli 50-v. työttömät työnhakijat (lkm.)"),
        ("TYOTTOMATSAIR", "Vamm./pitkäaik.sair. työttömät työnhakijat (lkm.)"),
        ("TYOTTOMATULK", "Ulkomaalaisia työttömiä työnhakijoita laskentapäivänä (lkm.)"),
        ("PITKAAIKAISTYOTTOMAT", "Pitkäaikaistyöttömät (lkm.)"),
        ("KASSASSA", "Kassan jäseniä työttömistä työnhakijoista laskentapäivänä (lkm.)"),
        ("LOMAUTETTU", "Kokoaikaisesti lomautetut laskentapäivänä (lkm.)"),
        ("LYHTYOVKO", "Lyhennetyllä työviikolla laskentapäivänä (lkm.)"),
        ("TYOLLISTETTYLOP", "Työllistettynä olevat laskentapäivänä (lkm.)"),
        ("TYOHARJOITTELULOP", "Työharj./työelämävalmennuksessa olevat laskentapäivänä (lkm.)"),
        ("KOKEILULOP", "Työ- ja koulutuskokeilussa olevat laskentapäivänä (lkm.)"),
        ("TVKOULUTUSLOP", "Työvoimakoulutuksessa olevat laskentapäivänä (lkm.)"),
        ("VALMENNUSLOP", "Valmennuksessa olevat laskentapäivänä (lkm.)"),
        ("MTPPALVELUTLOP", "Muissa palveluissa olevat laskentapäivänä (lkm.)"),
        ("AVPAIKATLOPUSSA", "Avoimet työpaikat kuukauden laskentapäivänä (lkm.)"),
        ("UUDETAVP", "Uudet avoimet työpaikat kuukauden aikana (lkm.)"),
    ];

    public static IReadOnlyList<(string Code, string Label)> Areas { get; } =
        new[] { ("SSS", "KOKO MAA") }
            .Concat(MunicipalityRegister.Rows.Where(r => r.MergedInto is null).Select(r => ("KU" + r.Code.Value, r.NameFi)))
            .Concat(Enumerable.Range(1, 70).Select(i => ($"SK{i:000}", $"Seutukunta {i}")))
            .Concat(Enumerable.Range(1, 15).Select(i => ($"ELY{i:00}", $"ELY-keskus {i}")))
            .Append(("KUJOU", "Kunta tuntematon"))
            .ToList();

    public static IReadOnlyList<string> Months { get; } =
        Enumerable.Range(0, 120).Select(i => new DateOnly(2016, 7, 1).AddMonths(i)).Select(d => $"{d.Year}M{d.Month:00}").ToList();

    public static long Cells => (long)Areas.Count * Months.Count * Contents.Length;

    private static string Value(int area, int month, int content)
    {
        var n = (area * 7_919 + month * 131 + content * 17) % 20_000;
        if ((area * Months.Count * Contents.Length + month * Contents.Length + content) % 97 == 0) return "..";
        return content == 3 ? (n % 300 / 10m).ToString("0.0", CultureInfo.InvariantCulture) : n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the three files (once per folder) and returns their paths by format name.</summary>
    public static IReadOnlyDictionary<string, string> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new Dictionary<string, string>
        {
            ["web-csv"] = Path.Combine(folder, "12r5-national.csv"),
            ["px-json"] = Path.Combine(folder, "12r5-national.json"),
            ["json-stat2"] = Path.Combine(folder, "12r5-national.jsonstat2.json"),
        };
        if (!File.Exists(files["web-csv"])) WriteCsv(files["web-csv"]);
        if (!File.Exists(files["px-json"])) WritePxJson(files["px-json"]);
        if (!File.Exists(files["json-stat2"])) WriteJsonStat2(files["json-stat2"]);
        return files;
    }

    // The web UI's "Puolipiste-eroteltu CSV" with header: one row per area, a column per month and content.
    private static void WriteCsv(string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        writer.Write("\"Työnhakijat ja palveluissa olevat muuttujina Alue, Kuukausi ja Tiedot\"\r\n\r\n\"Alue\"");
        foreach (var month in Months)
            foreach (var (_, text) in Contents) writer.Write($";\"{month} {text}\"");
        writer.Write("\r\n");
        for (var a = 0; a < Areas.Count; a++)
        {
            writer.Write($"\"{Areas[a].Code} {Areas[a].Label}\"");
            for (var m = 0; m < Months.Count; m++)
                for (var c = 0; c < Contents.Length; c++) writer.Write($";\"{Value(a, m, c)}\"");
            writer.Write("\r\n");
        }
    }

    // PxWeb "json": columns and one data row per area and month.
    private static void WritePxJson(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("columns");
        Column(json, "alue_23_20260101", "Alue", "d");
        Column(json, "timeperiod_m", "Kuukausi", "t");
        foreach (var (code, text) in Contents) Column(json, code, text, "c");
        json.WriteEndArray();
        json.WriteStartArray("comments");
        json.WriteEndArray();
        json.WriteStartArray("data");
        for (var a = 0; a < Areas.Count; a++)
            for (var m = 0; m < Months.Count; m++)
            {
                json.WriteStartObject();
                json.WriteStartArray("key");
                json.WriteStringValue(Areas[a].Code);
                json.WriteStringValue(Months[m]);
                json.WriteEndArray();
                json.WriteStartArray("values");
                for (var c = 0; c < Contents.Length; c++) json.WriteStringValue(Value(a, m, c));
                json.WriteEndArray();
                json.WriteEndObject();
            }
        json.WriteEndArray();
        json.WriteStartArray("metadata");
        json.WriteStartObject();
        json.WriteString("updated", "2026-07-21T05:00:00Z");
        json.WriteString("label", "Työnhakijat ja palveluissa olevat muuttujina Alue, Kuukausi ja Tiedot");
        json.WriteString("source", "KEHA-keskus, Työnvälitystilasto");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Column(Utf8JsonWriter json, string code, string text, string type)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("text", text);
        json.WriteString("type", type);
        json.WriteEndObject();
    }

    // JSON-stat 2.0 as PxWeb API 2 writes it: dimension metadata first, then the dense value array and status.
    private static void WriteJsonStat2(string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("version", "2.0");
        json.WriteString("class", "dataset");
        json.WriteString("label", "Työnhakijat ja palveluissa olevat muuttujina Alue, Kuukausi ja Tiedot");
        json.WriteString("source", "KEHA-keskus, Työnvälitystilasto");
        json.WriteString("updated", "2026-07-21T05:00:00Z");
        json.WriteStartArray("id");
        foreach (var id in new[] { "alue_23_20260101", "timeperiod_m", "contentscode" }) json.WriteStringValue(id);
        json.WriteEndArray();
        json.WriteStartArray("size");
        json.WriteNumberValue(Areas.Count);
        json.WriteNumberValue(Months.Count);
        json.WriteNumberValue(Contents.Length);
        json.WriteEndArray();
        json.WriteStartObject("role");
        json.WriteStartArray("time");
        json.WriteStringValue("timeperiod_m");
        json.WriteEndArray();
        json.WriteStartArray("metric");
        json.WriteStringValue("contentscode");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("dimension");
        Dimension(json, "alue_23_20260101", "Alue", Areas);
        Dimension(json, "timeperiod_m", "Kuukausi", Months.Select(m => (m, m)).ToList());
        Dimension(json, "contentscode", "Tiedot", Contents.Select(c => (c.Code, c.Text)).ToList());
        json.WriteEndObject();
        json.WriteStartArray("value");
        var status = new List<int>();
        var index = 0;
        for (var a = 0; a < Areas.Count; a++)
            for (var m = 0; m < Months.Count; m++)
                for (var c = 0; c < Contents.Length; c++, index++)
                {
                    var value = Value(a, m, c);
                    if (value == "..") { json.WriteNullValue(); status.Add(index); }
                    else json.WriteRawValue(value);
                }
        json.WriteEndArray();
        json.WriteStartObject("status");
        foreach (var i in status) json.WriteString(i.ToString(CultureInfo.InvariantCulture), "..");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Dimension(Utf8JsonWriter json, string code, string label, IReadOnlyList<(string Code, string Label)> members)
    {
        json.WriteStartObject(code);
        json.WriteString("label", label);
        json.WriteStartObject("category");
        json.WriteStartObject("index");
        for (var i = 0; i < members.Count; i++) json.WriteNumber(members[i].Code, i);
        json.WriteEndObject();
        json.WriteStartObject("label");
        foreach (var (memberCode, memberLabel) in members) json.WriteString(memberCode, memberLabel);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

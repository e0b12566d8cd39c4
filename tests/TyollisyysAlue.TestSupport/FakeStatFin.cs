using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace TyollisyysAlue.TestSupport;

/// <summary>
/// A stand-in for Statistics Finland's PxWeb v1 on 127.0.0.1 (HttpListener): table 12r5 with the variable codes of
/// today (Alue, timeperiod_m, contentscode), metadata by GET, JSON-stat 2 answers to POSTed queries built from the
/// query, the old long table id answering 400, and a query over <see cref="MaxCells"/> refused as the service does.
/// No test touches the internet.
/// </summary>
public sealed class FakeStatFin : IAsyncDisposable
{
    private static readonly StatFiles.Codes Codes = new("Alue", "timeperiod_m", "timeperiod_y", "contentscode");
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public static readonly IReadOnlyDictionary<string, string> Contents = new Dictionary<string, string>
    {
        ["HAKIJALOPUSSA"] = "Työnhakijoita laskentapäivänä (lkm.)",
        ["TYOTTOMATLOPUSSA"] = "Työttömät työnhakijat laskentapäivänä (lkm.)",
        ["TYOTOSUUS"] = "Työttömien työnhakijoiden %-osuus työvoimasta (%)",
        ["TYOLLISTETTYLOP"] = "Työllistettynä olevat laskentapäivänä (lkm.)",
        ["KOKEILULOP"] = "Työ- ja koulutuskokeilussa olevat laskentapäivänä (lkm.)",
        ["TVKOULUTUSLOP"] = "Työvoimakoulutuksessa olevat laskentapäivänä (lkm.)",
        ["VALMENNUSLOP"] = "Valmennuksessa olevat laskentapäivänä (lkm.)",
        ["MTPPALVELUTLOP"] = "Muissa palveluissa olevat laskentapäivänä (lkm.)",
        ["AVPAIKATLOPUSSA"] = "Avoimet työpaikat kuukauden laskentapäivänä (lkm.)",
    };

    public FakeStatFin(IReadOnlyList<string> areas, IReadOnlyList<string> months, int maxCells = 120_000)
    {
        Areas = areas;
        Months = months;
        MaxCells = maxCells;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/PxWeb/api/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseUrl { get; }
    public IReadOnlyList<string> Areas { get; }
    public IReadOnlyList<string> Months { get; }
    public int MaxCells { get; }

    /// <summary>Every request: method, path and (for a query) the number of cells it asked for.</summary>
    public List<(string Method, string Path, long Cells)> Calls { get; } = [];

    /// <summary>The value the service has for a cell: deterministic, and "..." (suppressed) for coaching in the first month.</summary>
    public string ValueOf(string area, string month, string content) =>
        content == "VALMENNUSLOP" && month == Months[0] ? "..."
        : content == "TYOTOSUUS" ? "9.5"
        : ((Math.Abs(area.GetHashCode(StringComparison.Ordinal) % 50) + 10) * (Array.IndexOf([.. Contents.Keys], content) + 1) + Months.ToList().IndexOf(month))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            try { await AnswerAsync(context); }
            catch (Exception e) when (e is HttpListenerException or IOException) { }
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var response = context.Response;
        if (!path.EndsWith("/fi/StatFin/tyonv/12r5.px", StringComparison.Ordinal))
        {
            lock (Calls) Calls.Add((context.Request.HttpMethod, path, 0));
            await WriteAsync(response, 400, "text/plain", "Bad Request: unknown table id"u8.ToArray());
            return;
        }
        if (context.Request.HttpMethod == "GET")
        {
            lock (Calls) Calls.Add(("GET", path, 0));
            await WriteAsync(response, 200, "application/json", JsonSerializer.SerializeToUtf8Bytes(new
            {
                title = "Työnhakijat ja palveluissa olevat kuukauden lopussa",
                variables = new object[]
                {
                    new { code = "Alue", text = "Alue", values = Areas, valueTexts = Areas, elimination = false, time = false },
                    new { code = "timeperiod_m", text = "Kuukausi", values = Months, valueTexts = Months, elimination = false, time = true },
                    new { code = "contentscode", text = "Tiedot", values = Contents.Keys, valueTexts = Contents.Values, elimination = false, time = false },
                },
            }));
            return;
        }
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        using var query = JsonDocument.Parse(await reader.ReadToEndAsync());
        var selected = query.RootElement.GetProperty("query").EnumerateArray().ToDictionary(
            q => q.GetProperty("code").GetString()!, q => q.GetProperty("selection").GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToList());
        var cells = selected.Values.Aggregate(1L, (n, v) => n * v.Count);
        lock (Calls) Calls.Add(("POST", path, cells));
        if (cells > MaxCells)
        {
            await WriteAsync(response, 403, "text/plain", Encoding.UTF8.GetBytes($"Too many cells: {cells} > {MaxCells}"));
            return;
        }
        var data = (from a in selected["Alue"] from m in selected["timeperiod_m"] from c in selected["contentscode"]
                    select new StatCellData(a, m, c, ValueOf(a, m, c))).ToList();
        await WriteAsync(response, 200, "application/json", StatFiles.JsonStat2(Codes, data));
    }

    private static async Task WriteAsync(HttpListenerResponse response, int status, string type, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
        response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}

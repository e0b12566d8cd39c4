using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Infrastructure.Imports.StatFin;

/// <summary>
/// PxWeb v1 of Statistics Finland: metadata by GET and data by POST of the same address
/// (…/{fi|sv|en}/StatFin/{db}/{table}.px, short table ids since 8.6.2026), each call after its turn in the
/// <see cref="CallWindow"/>. Answers over the import's size limit are refused before they are held.
/// </summary>
public sealed class StatFinClient(HttpClient http, StatFinOptions options, CallWindow window) : IStatFinClient
{
    public int MaxCells => options.MaxCells;

    public async Task<PxTable> TableAsync(string table, CancellationToken ct = default)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Address(table)), ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        var root = json.RootElement;
        var variables = root.GetProperty("variables").EnumerateArray().Select(v => new PxVariable(
            v.GetProperty("code").GetString()!,
            v.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "",
            v.GetProperty("values").EnumerateArray().Select(x => x.GetString()!).ToList(),
            v.TryGetProperty("valueTexts", out var texts) ? texts.EnumerateArray().Select(x => x.GetString()!).ToList() : [],
            v.TryGetProperty("time", out var time) && time.ValueKind == JsonValueKind.True,
            v.TryGetProperty("elimination", out var elimination) && elimination.ValueKind == JsonValueKind.True)).ToList();
        return new PxTable(table, root.TryGetProperty("title", out var title) ? title.GetString() ?? table : table, variables);
    }

    public async Task<byte[]> QueryAsync(string table, PxQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, Address(table))
        {
            Content = new StringContent(query.ToJson(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        }, ct);
        if (response.Content.Headers.ContentLength > ImportLimits.MaxBytes) throw new StatFinException($"{table}: the answer is larger than the import limit");
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > ImportLimits.MaxBytes) throw new StatFinException($"{table}: the answer is larger than the import limit");
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private Uri Address(string table) => new(options.BaseUrl, $"{options.Language}/{options.Database}/{table}");

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken ct)
    {
        await window.WaitAsync(ct);
        HttpResponseMessage response;
        try
        {
            using var message = request();
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException error)
        {
            throw new StatFinException(error.Message, error);
        }
        catch (TaskCanceledException error) when (!ct.IsCancellationRequested)
        {
            throw new StatFinException("timeout", error);
        }
        if (response.IsSuccessStatusCode) return response;
        var said = await response.Content.ReadAsStringAsync(ct);
        response.Dispose();
        throw new StatFinException($"HTTP {(int)response.StatusCode}: {(said.Length > 200 ? said[..200] : said)}");
    }
}

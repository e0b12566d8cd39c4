using System.Text.Json;

namespace TyollisyysAlue.Application.Indicators.Import;

/// <summary>A variable of a PxWeb table as its metadata describes it (GET …/12r5.px).</summary>
public sealed record PxVariable(string Code, string Text, IReadOnlyList<string> Values, IReadOnlyList<string> ValueTexts, bool IsTime, bool Elimination)
{
    public string TextOf(string value) => Values.ToList().IndexOf(value) is >= 0 and var i && i < ValueTexts.Count ? ValueTexts[i] : value;
}

/// <summary>A PxWeb table's metadata: its title and variables.</summary>
public sealed record PxTable(string Id, string Title, IReadOnlyList<PxVariable> Variables);

/// <summary>One variable's selected values in a query.</summary>
public sealed record PxSelection(string Code, IReadOnlyList<string> Values);

/// <summary>A PxWeb v1 data query: the body POSTed to the table, asking for JSON-stat 2.</summary>
public sealed record PxQuery(IReadOnlyList<PxSelection> Selections)
{
    public long Cells => Selections.Aggregate(1L, (cells, s) => cells * s.Values.Count);

    public string ToJson() => JsonSerializer.Serialize(new
    {
        query = Selections.Select(s => new { code = s.Code, selection = new { filter = "item", values = s.Values } }),
        response = new { format = "json-stat2" },
    });
}

/// <summary>
/// Splits a selection into queries the service accepts: at most <paramref name="maxCells"/> cells each (Statistics
/// Finland: 120 000), by periods first and by municipalities when one period is still too much.
/// </summary>
public static class StatFinQueries
{
    public const int MaxCells = 120_000;

    public static IReadOnlyList<PxQuery> Split(IReadOnlyList<PxSelection> selections, string timeCode, string areaCode, int maxCells = MaxCells)
    {
        ArgumentNullException.ThrowIfNull(selections);
        var whole = new PxQuery(selections);
        if (whole.Cells <= maxCells) return [whole];
        var time = selections.Single(s => s.Code == timeCode);
        var perPeriod = whole.Cells / time.Values.Count;
        if (perPeriod <= maxCells)
        {
            var periods = (int)(maxCells / perPeriod);
            return time.Values.Chunk(periods).Select(chunk => new PxQuery(Replace(selections, timeCode, chunk))).ToList();
        }
        var area = selections.Single(s => s.Code == areaCode);
        var perArea = perPeriod / area.Values.Count;
        if (perArea > maxCells) throw new StatFileException("Fetch.TooManyCells", maxCells);
        var areas = (int)(maxCells / perArea);
        return time.Values.SelectMany(period => area.Values.Chunk(areas)
            .Select(chunk => new PxQuery(Replace(Replace(selections, timeCode, [period]), areaCode, chunk)))).ToList();
    }

    private static List<PxSelection> Replace(IReadOnlyList<PxSelection> selections, string code, IReadOnlyList<string> values) =>
        selections.Select(s => s.Code == code ? s with { Values = values } : s).ToList();
}

/// <summary>Statistics Finland's PxWeb v1 (base URL configurable, "StatFin:BaseUrl"), every call within the service's rate limit.</summary>
public interface IStatFinClient
{
    /// <summary>Cells a query may ask for (the service: 120 000).</summary>
    int MaxCells { get; }

    Task<PxTable> TableAsync(string table, CancellationToken ct = default);

    /// <summary>The JSON-stat 2 answer to a query.</summary>
    Task<byte[]> QueryAsync(string table, PxQuery query, CancellationToken ct = default);
}

/// <summary>The service did not answer as expected: HTTP status or a network failure, with what it said.</summary>
public sealed class StatFinException(string reason, Exception? inner = null) : Exception(reason, inner);

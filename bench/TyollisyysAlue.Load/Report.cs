using System.Globalization;

namespace TyollisyysAlue.Load;

/// <summary>Prints requests, errors (non-2xx or no answer), throughput and p50/p95/p99 per endpoint and in total.</summary>
public static class Report
{
    public const double MaxErrorRate = 0.01;

    /// <summary>Prints the table; returns 1 when more than 1 % of all requests failed, else 0.</summary>
    public static int Print(Dictionary<string, Tally> endpoints, TimeSpan elapsed)
    {
        var total = new Tally();
        foreach (var tally in endpoints.Values) total.Add(tally);

        Console.WriteLine();
        Console.WriteLine($"Measured {elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"{"endpoint",-52} {"requests",9} {"errors",7} {"req/s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
        foreach (var (name, tally) in endpoints.OrderBy(e => e.Key, StringComparer.Ordinal))
            Line(name, tally, elapsed);
        Line("total", total, elapsed);

        foreach (var (name, tally) in endpoints.Where(e => e.Value.ErrorCount > 0))
            Console.WriteLine($"  errors of {name}: " + string.Join(", ", tally.Errors.Select(e => $"{(e.Key == 0 ? "no answer" : e.Key)} × {e.Value}")));

        var rate = total.Milliseconds.Count == 0 ? 1 : (double)total.ErrorCount / total.Milliseconds.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Error rate {rate:P2} (limit {MaxErrorRate:P0})"));
        return rate > MaxErrorRate ? 1 : 0;
    }

    private static void Line(string name, Tally tally, TimeSpan elapsed)
    {
        var sorted = tally.Milliseconds.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-52} {sorted.Count,9} {tally.ErrorCount,7} {sorted.Count / elapsed.TotalSeconds,8:0.0} {Tally.Percentile(sorted, 50),8:0.0} {Tally.Percentile(sorted, 95),8:0.0} {Tally.Percentile(sorted, 99),8:0.0}"));
    }
}

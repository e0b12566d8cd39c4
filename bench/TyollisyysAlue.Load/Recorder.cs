namespace TyollisyysAlue.Load;

/// <summary>Latencies and statuses of one virtual user per endpoint (no locks: each user has its own, merged at the end).</summary>
public sealed class Recorder
{
    public Dictionary<string, Tally> Endpoints { get; } = new(StringComparer.Ordinal);

    public void Add(string endpoint, double milliseconds, int status)
    {
        if (!Endpoints.TryGetValue(endpoint, out var tally)) Endpoints[endpoint] = tally = new Tally();
        tally.Add(milliseconds, status);
    }

    public static Dictionary<string, Tally> Merge(IEnumerable<Recorder> recorders)
    {
        var merged = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var (endpoint, tally) in recorders.SelectMany(r => r.Endpoints))
        {
            if (!merged.TryGetValue(endpoint, out var into)) merged[endpoint] = into = new Tally();
            into.Add(tally);
        }
        return merged;
    }
}

/// <summary>Requests of one endpoint: every latency, and the non-2xx answers by status (0 = no answer).</summary>
public sealed class Tally
{
    public List<double> Milliseconds { get; } = [];
    public SortedDictionary<int, int> Errors { get; } = [];
    public int ErrorCount => Errors.Values.Sum();

    public void Add(double milliseconds, int status)
    {
        Milliseconds.Add(milliseconds);
        if (status is < 200 or > 299) Errors[status] = Errors.GetValueOrDefault(status) + 1;
    }

    public void Add(Tally other)
    {
        Milliseconds.AddRange(other.Milliseconds);
        foreach (var (status, count) in other.Errors) Errors[status] = Errors.GetValueOrDefault(status) + count;
    }

    /// <summary>Nearest-rank percentile of the latencies (p in 0–100).</summary>
    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

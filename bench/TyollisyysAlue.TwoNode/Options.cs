namespace TyollisyysAlue.TwoNode;

/// <summary>
/// The helper's command line, given by bench/two-node.sh: a command (<c>http</c>, <c>failover</c>, <c>write-line</c>),
/// <c>--proxy URL</c>, <c>--node NAME=URL</c> (twice), <c>--pid NAME=PID</c> (twice, failover only),
/// <c>--results FILE</c>, and <c>--lines N</c> / <c>--label TEXT</c>. Every address must be loopback.
/// </summary>
public sealed record Options(string Command, Uri Proxy, IReadOnlyDictionary<string, Uri> Nodes,
    IReadOnlyDictionary<string, int> Pids, string ResultsFile, int Lines, string Label)
{
    public static Options Parse(string[] args)
    {
        if (args.Length == 0) throw new ArgumentException("Usage: TwoNode http|failover|write-line --proxy URL --node NAME=URL … --results FILE");
        Uri? proxy = null;
        string? results = null;
        var nodes = new Dictionary<string, Uri>();
        var pids = new Dictionary<string, int>();
        var lines = 5;
        var label = "Vikasieto";
        for (var i = 1; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--proxy": proxy = Loopback(value); break;
                case "--node": var (name, url) = Pair(value); nodes[name] = Loopback(url); break;
                case "--pid": var (node, pid) = Pair(value); pids[node] = int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--results": results = value; break;
                case "--lines": lines = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--label": label = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        return new Options(args[0], proxy ?? throw new ArgumentException("--proxy is required"), nodes, pids,
            results ?? throw new ArgumentException("--results is required"), lines, label);
    }

    private static (string, string) Pair(string value)
    {
        var at = value.IndexOf('=', StringComparison.Ordinal);
        return at > 0 ? (value[..at], value[(at + 1)..]) : throw new ArgumentException($"Expected NAME=VALUE, got {value}");
    }

    private static Uri Loopback(string url)
    {
        var uri = new Uri(url);
        return uri.IsLoopback ? uri : throw new ArgumentException($"{url} is not a loopback address: this bench stays on this machine.");
    }
}

using System.Globalization;
using TyollisyysAlue.Bench;
using TyollisyysAlue.CircuitLoad.Server;

namespace TyollisyysAlue.CircuitLoad;

public enum DriverKind { Browser, Headless }

/// <summary>Active users follow the scenario with think time; idle users sign in, open the budget and hold their circuit.</summary>
public enum LoadMode { Active, Idle }

/// <summary>The command line of a run, bounded: out-of-range values are refused, never clamped (bench/README.md).</summary>
public sealed record RunOptions
{
    /// <summary>A Chromium context costs the client machine far more than the circuit costs the server.</summary>
    public const int MaxBrowserUsers = 300;
    public const int MaxHeadlessUsers = 5000;
    public const int MaxSeconds = 3600;
    public const int MaxRampSeconds = 600;
    public const int MaxThinkSeconds = 120;

    public Uri Url { get; init; } = new("http://127.0.0.1:5080");
    public DriverKind Driver { get; init; } = DriverKind.Browser;
    public int Users { get; init; } = 10;
    public int RampSeconds { get; init; } = 10;
    public int Seconds { get; init; } = 60;
    public double ThinkSeconds { get; init; } = 10;
    /// <summary>Each think time is drawn uniformly from ThinkSeconds × (1 ± ThinkJitter).</summary>
    public double ThinkJitter { get; init; } = 0.5;
    public LoadMode Mode { get; init; } = LoadMode.Active;
    public string Accounts { get; init; } = AccountList.Demo;
    public int Seed { get; init; } = 2025;
    public int? ServerPid { get; init; }
    /// <summary>
    /// The nodes behind the proxy of <see cref="Url"/>, each sampled on its own (<c>--node</c>, repeatable); empty:
    /// the server at <see cref="Url"/> is sampled itself, as with one node.
    /// </summary>
    public IReadOnlyList<ServerNode> Nodes { get; init; } = [];
    public string? Pg { get; init; }
    /// <summary>Exit code 1 when more than this share of the actions failed.</summary>
    public double MaxErrorRate { get; init; } = 0.01;
    public int SampleSeconds { get; init; } = 5;
    /// <summary>Active users stop after this many rounds of the scenario (0: until the time is up); the run ends when all have.</summary>
    public int Rounds { get; init; }
    /// <summary>Where to write the run's figures as JSON for a script (<see cref="RunSummary"/>); null: none.</summary>
    public string? SummaryJson { get; init; }

    public int MaxUsers => Driver == DriverKind.Browser ? MaxBrowserUsers : MaxHeadlessUsers;

    public const string Usage =
        "Options: --url http://127.0.0.1:5080 (loopback only) --driver browser|headless --users N --ramp-seconds S " +
        "--seconds S --think-seconds S --rounds N --mode active|idle --accounts demo|<file.csv: email,password,area,year> --seed N " +
        "--server-pid PID | --node NAME=PID@URL (repeatable, direct loopback address of each node behind --url) " +
        "--pg <connection string> --max-error-percent P --summary-json FILE";

    /// <summary>The options, or a message naming the option that is wrong.</summary>
    public static (RunOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var o = new RunOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count) return (null, $"Option '{args[i]}' has no value. {Usage}");
            var (name, value) = (args[i], args[i + 1]);
            string? error = null;
            switch (name)
            {
                case "--url":
                    if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) error = $"--url '{value}' is not an http(s) address.";
                    else if (!Loopback.IsLoopback(url)) error = $"Refusing {url.Host}: load runs only against loopback (127.0.0.1, ::1, localhost).";
                    else o = o with { Url = url };
                    break;
                case "--driver":
                    if (value is "browser") o = o with { Driver = DriverKind.Browser };
                    else if (value is "headless") o = o with { Driver = DriverKind.Headless };
                    else error = "--driver must be browser or headless.";
                    break;
                case "--mode":
                    if (value is "active") o = o with { Mode = LoadMode.Active };
                    else if (value is "idle") o = o with { Mode = LoadMode.Idle };
                    else error = "--mode must be active or idle.";
                    break;
                case "--users": error = Int(value, 1, int.MaxValue, name, n => o = o with { Users = n }); break;
                case "--ramp-seconds": error = Int(value, 0, MaxRampSeconds, name, n => o = o with { RampSeconds = n }); break;
                case "--seconds": error = Int(value, 1, MaxSeconds, name, n => o = o with { Seconds = n }); break;
                case "--rounds": error = Int(value, 0, 1000, name, n => o = o with { Rounds = n }); break;
                case "--seed": error = Int(value, int.MinValue, int.MaxValue, name, n => o = o with { Seed = n }); break;
                case "--server-pid": error = Int(value, 1, int.MaxValue, name, n => o = o with { ServerPid = n }); break;
                case "--think-seconds":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var think) && think >= 0 && think <= MaxThinkSeconds) o = o with { ThinkSeconds = think };
                    else error = $"--think-seconds must be 0–{MaxThinkSeconds}.";
                    break;
                case "--max-error-percent":
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p >= 0 && p <= 100) o = o with { MaxErrorRate = p / 100 };
                    else error = "--max-error-percent must be 0–100.";
                    break;
                case "--accounts": o = o with { Accounts = value }; break;
                case "--pg": o = o with { Pg = value }; break;
                case "--node":
                    var (node, nodeError) = ServerNode.Parse(value);
                    if (node is null) error = nodeError;
                    else if (o.Nodes.Any(n => n.Name == node.Name)) error = $"--node {node.Name} is given twice.";
                    else o = o with { Nodes = [.. o.Nodes, node] };
                    break;
                case "--summary-json":
                    if (string.IsNullOrWhiteSpace(value) || Directory.Exists(value)) error = "--summary-json must name a file.";
                    else o = o with { SummaryJson = value };
                    break;
                default: error = $"Unknown option '{name}'. {Usage}"; break;
            }
            if (error is not null) return (null, error);
        }
        if (o.Users > o.MaxUsers)
            return (null, $"--users must be 1–{o.MaxUsers} with the {o.Driver.ToString().ToLowerInvariant()} driver.");
        if (o.RampSeconds >= o.Seconds)
            return (null, "--ramp-seconds must be shorter than --seconds.");
        if (o.ServerPid is not null && o.Nodes.Count > 0)
            return (null, "--server-pid is for one server; with --node each node names its own process id.");
        return (o, null);
    }

    private static string? Int(string text, int min, int max, string name, Action<int> set)
    {
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
            return max == int.MaxValue ? $"{name} must be an integer of at least {min}." : $"{name} must be {min}–{max}.";
        set(n);
        return null;
    }
}

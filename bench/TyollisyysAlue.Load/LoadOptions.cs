using System.Globalization;
using TyollisyysAlue.Bench;

namespace TyollisyysAlue.Load;

/// <summary>Command line: <c>--url</c> (loopback only), <c>--seconds</c> (1–120), <c>--users</c> (1–50), <c>--seed</c>.</summary>
public sealed record LoadOptions(Uri Url, int Seconds, int Users, int Seed)
{
    public const int MaxSeconds = 120;
    public const int MaxUsers = 50;

    /// <summary>The options, or an error message (unknown flag, out of bounds, a host that is not loopback).</summary>
    public static (LoadOptions? Options, string? Error) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--url"] = "http://127.0.0.1:5080", ["--seconds"] = "30", ["--users"] = "10", ["--seed"] = "2025",
        };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length)
                return (null, $"Unknown or incomplete option '{args[i]}'. Options: --url, --seconds (1–{MaxSeconds}), --users (1–{MaxUsers}), --seed.");
            values[args[i]] = args[i + 1];
        }
        if (!Uri.TryCreate(values["--url"], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return (null, $"--url '{values["--url"]}' is not an http(s) address.");
        if (!Loopback.IsLoopback(url))
            return (null, $"Refusing {url.Host}: load runs only against loopback (127.0.0.1, ::1, localhost).");
        var seconds = Bounded(values["--seconds"], MaxSeconds);
        var users = Bounded(values["--users"], MaxUsers);
        var seed = int.TryParse(values["--seed"], CultureInfo.InvariantCulture, out var s) ? s : (int?)null;
        if (seconds is null) return (null, $"--seconds must be 1–{MaxSeconds}.");
        if (users is null) return (null, $"--users must be 1–{MaxUsers}.");
        if (seed is null) return (null, "--seed must be an integer.");
        return (new LoadOptions(url, seconds.Value, users.Value, seed.Value), null);
    }

    private static int? Bounded(string text, int max) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;
}

using System.Globalization;
using System.Text.RegularExpressions;
using TyollisyysAlue.Bench;

namespace TyollisyysAlue.CircuitLoad.Server;

/// <summary>
/// One app node behind a proxy, sampled on its own (<c>--node name=pid@url</c>): its process for VmRSS, its direct
/// address for <c>/metrics</c> and the forced GC, which a proxy does not pass (docs/deployment.md denies /metrics, and
/// the app serves the GC only to a direct loopback caller). The users still go through <c>--url</c>.
/// </summary>
public sealed partial record ServerNode(string Name, int Pid, Uri Url)
{
    public const string Syntax = "--node NAME=PID@http://127.0.0.1:PORT";

    /// <summary>The node, or a message saying what is wrong with the value.</summary>
    public static (ServerNode? Node, string? Error) Parse(string value)
    {
        var equals = value.IndexOf('=', StringComparison.Ordinal);
        var at = equals < 0 ? -1 : value.IndexOf('@', equals);
        if (equals <= 0 || at < 0) return (null, $"--node '{value}' is not {Syntax}.");
        var name = value[..equals];
        if (!NamePattern().IsMatch(name)) return (null, $"--node '{value}': the name must be letters, digits, '.', '_' or '-'.");
        if (!int.TryParse(value[(equals + 1)..at], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid < 1)
            return (null, $"--node '{value}': the process id must be a positive integer.");
        var address = value[(at + 1)..];
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return (null, $"--node '{value}': '{address}' is not an http(s) address.");
        if (!Loopback.IsLoopback(url))
            return (null, $"--node '{value}': refusing {url.Host}: load runs only against loopback (127.0.0.1, ::1, localhost).");
        return (new ServerNode(name, pid, url), null);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,40}$")]
    private static partial Regex NamePattern();
}

using System.Net;

namespace TyollisyysAlue.Bench;

/// <summary>
/// The one rule of both load tools (TyollisyysAlue.Load and TyollisyysAlue.CircuitLoad, which link this file): they
/// put load only on an app on this machine's loopback, never on a server somewhere else.
/// </summary>
public static class Loopback
{
    /// <summary>A loopback address literal, or <c>localhost</c> when every address it resolves to is loopback.</summary>
    public static bool IsLoopback(Uri url)
    {
        if (IPAddress.TryParse(url.IdnHost, out var address)) return IPAddress.IsLoopback(address);
        if (!string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)) return false;
        var resolved = Dns.GetHostAddresses("localhost");
        return resolved.Length > 0 && resolved.All(IPAddress.IsLoopback);
    }
}

using System.Collections.Immutable;
using Microsoft.AspNetCore.Diagnostics;
using System.Diagnostics;
using System.Net;
using System.Runtime;

namespace TyollisyysAlue.Web.Hosting;

/// <summary>
/// Measurement aid for the circuit load generator (issue 17, bench/README.md): <c>POST /diagnostics/gc</c> runs a
/// blocking, compacting full collection and answers what the process holds afterwards, so "server memory per circuit"
/// is live objects and not garbage that happened not to be collected yet. Off by default
/// (<c>Diagnostics:AllowForcedGc</c>); when on, only a direct loopback caller is served — the same address rule as
/// /metrics without its allow-list, so never through the reverse proxy. Anyone else gets the app's "not found".
/// </summary>
public static class ForcedGc
{
    public const string Path = "/diagnostics/gc";
    public const string SettingKey = "Diagnostics:AllowForcedGc";

    /// <summary>What the process holds after the forced collection (bytes).</summary>
    public sealed record Result(long HeapBytes, long CommittedBytes, long WorkingSetBytes, long? VmRssBytes, int Gen2Collections);

    public static void MapForcedGc(this WebApplication app)
    {
        // Mapped even when off, so that the path answers "not found" instead of falling through to the sign-in redirect.
        var allowed = app.Configuration.GetValue<bool>(SettingKey);
        app.MapPost(Path, (HttpContext context) =>
            {
                if (allowed && MayCollect(context)) return Results.Ok(Collect());
                // A bare 404: the status-code page would re-run this POST as a page request (and answer 400).
                if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
                return Results.NotFound();
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    /// <summary>A direct loopback caller only (no forwarded request, no configured exceptions).</summary>
    internal static bool MayCollect(HttpContext context) => Telemetry.MayScrape(context, ImmutableHashSet<IPAddress>.Empty);

    private static Result Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        using var process = Process.GetCurrentProcess();
        return new Result(GC.GetTotalMemory(forceFullCollection: false), info.TotalCommittedBytes, process.WorkingSet64,
            VmRss(), GC.CollectionCount(2));
    }

    /// <summary>The resident set as the kernel counts it (Linux), which is what the machine's 24 GB are spent on.</summary>
    private static long? VmRss()
    {
        const string file = "/proc/self/status";
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        return long.TryParse(kilobytes, System.Globalization.CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }
}

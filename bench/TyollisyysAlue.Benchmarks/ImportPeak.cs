using System.Diagnostics;
using System.Globalization;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// <c>import-peak &lt;format&gt;</c>: one import of the national file in this process, reporting wall time, the peak
/// resident memory of the import (VmHWM, reset before it on Linux through /proc/self/clear_refs) and the bytes
/// allocated. BenchmarkDotNet measures time and allocation, not peak memory; this mode is the bounded-memory check.
/// </summary>
public static class ImportPeak
{
    public static int Run(string format)
    {
        var files = NationalFiles.Write(Path.Combine(Path.GetTempPath(), "tyollisyysalue-bench"));
        if (!files.TryGetValue(format, out var path))
        {
            Console.Error.WriteLine($"Unknown format '{format}'; one of: {string.Join(", ", files.Keys)}");
            return 2;
        }
        // Warm-up on the same file (JIT, the register's embedded CSV), then a clean slate.
        NationalImport.Plan(path);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = Environment.WorkingSet;
        var reset = ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var plan = NationalImport.Plan(path);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
        Console.WriteLine($"format      {format}");
        Console.WriteLine($"file        {Mb(new FileInfo(path).Length)}, {NationalFiles.Cells:N0} cells ({NationalFiles.Areas.Count} areas × {NationalFiles.Months.Count} months × {NationalFiles.Contents.Length} contents)");
        Console.WriteLine($"plan        {plan.Values.Count} values, {plan.Lacking.Count} lacking, {plan.Skipped.Count} totals skipped, {plan.OtherMunicipalityCells:N0} cells of other municipalities, {plan.Problems.Count} problems");
        Console.WriteLine($"time        {clock.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"allocated   {Mb(allocated)}");
        Console.WriteLine($"working set {Mb(before)} before, peak {Mb(self.PeakWorkingSet64)}{(reset ? " (peak reset before the import)" : " (peak of the whole process: reset not available)")}");
        return plan.Problems.Count == 0 ? 0 : 1;
    }

    internal static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }
}

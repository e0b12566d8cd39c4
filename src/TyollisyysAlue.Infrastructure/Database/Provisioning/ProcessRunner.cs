using System.Diagnostics;

namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>Runs PostgreSQL's command-line tools, as the "postgres" user when we are root (initdb refuses root).</summary>
internal static class ProcessRunner
{
    public static bool RunningAsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> args, bool asPostgres,
        CancellationToken ct, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && RunningAsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", file }) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = file;
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        // pg_ctl's server inherits our stdout otherwise and keeps the pipes open: give it a log file instead.
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout ?? TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    public static void GiveToPostgres(string path)
    {
        if (!RunningAsRoot) return;
        using var chown = Process.Start("chown", ["-R", "postgres:postgres", path]);
        chown.WaitForExit();
    }
}

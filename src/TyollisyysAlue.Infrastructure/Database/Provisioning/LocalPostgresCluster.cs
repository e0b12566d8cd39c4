using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace TyollisyysAlue.Infrastructure.Database.Provisioning;

/// <summary>
/// A private PostgreSQL cluster made from the server binaries on this machine (initdb + pg_ctl), listening on a
/// free port on 127.0.0.1 only, with password authentication. The app keeps its cluster between runs; tests
/// make a temporary one and remove it.
/// </summary>
internal sealed class LocalPostgresCluster(ProvisioningOptions options, ILogger logger)
{
    private string DataDir => Path.Combine(options.DataRoot, "data");
    private string CredentialsFile => Path.Combine(options.DataRoot, "credentials.json");

    private sealed record Credentials(string Superuser, string Owner, string App);

    public async Task<ProvisionedDatabase> StartAsync(CancellationToken ct)
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "No PostgreSQL found. Set ConnectionStrings:Owner and ConnectionStrings:App, start a Docker engine, " +
            "or install the PostgreSQL server (Debian: apt-get install -y postgresql).");
        Directory.CreateDirectory(options.DataRoot);
        var credentials = await InitialiseIfNeededAsync(bin, ct);
        var port = RunningPort() ?? await StartServerAsync(bin, ct);
        logger.LogInformation("Private PostgreSQL cluster in {DataRoot} on 127.0.0.1:{Port}", options.DataRoot, port);

        var superuser = $"Host=127.0.0.1;Port={port};Username=postgres;Password={credentials.Superuser};Database=postgres";
        var connections = await ClusterBootstrap.EnsureRolesAndDatabaseAsync(superuser, options.DatabaseName,
            credentials.Owner, credentials.App, ct);
        return new ProvisionedDatabase(connections, $"private PostgreSQL cluster in {options.DataRoot} (port {port})",
            () => StopAsync(bin));
    }

    private async ValueTask StopAsync(string bin)
    {
        await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", DataDir, "-m", "fast", "-w", "stop"], asPostgres: true, CancellationToken.None);
        if (options.Temporary)
        {
            try { Directory.Delete(options.DataRoot, recursive: true); }
            catch (IOException ex) { logger.LogWarning(ex, "Could not remove {DataRoot}", options.DataRoot); }
        }
    }

    private async Task<Credentials> InitialiseIfNeededAsync(string bin, CancellationToken ct)
    {
        if (File.Exists(Path.Combine(DataDir, "PG_VERSION")) && File.Exists(CredentialsFile))
            return JsonSerializer.Deserialize<Credentials>(await File.ReadAllTextAsync(CredentialsFile, ct))!;

        var credentials = new Credentials(NewSecret(), NewSecret(), NewSecret());
        var passwordFile = Path.Combine(options.DataRoot, "initdb.pw");
        await File.WriteAllTextAsync(passwordFile, credentials.Superuser, ct);
        ProcessRunner.GiveToPostgres(options.DataRoot);
        logger.LogInformation("Creating a private PostgreSQL cluster in {DataDir}", DataDir);
        var (code, output) = await ProcessRunner.RunAsync(Path.Combine(bin, "initdb"),
            ["-D", DataDir, "-U", "postgres", "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
            asPostgres: true, ct);
        File.Delete(passwordFile);
        if (code != 0) throw new InvalidOperationException($"initdb failed ({code}): {output}");
        await File.WriteAllTextAsync(CredentialsFile, JsonSerializer.Serialize(credentials), ct);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(CredentialsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return credentials;
    }

    private async Task<int> StartServerAsync(string bin, CancellationToken ct)
    {
        var port = FreeLoopbackPort();
        var serverOptions = string.Join(' ',
            $"-p {port}", "-c listen_addresses=127.0.0.1", $"-c unix_socket_directories={options.DataRoot}",
            "-c max_connections=200", "-c fsync=" + (options.Temporary ? "off" : "on"));
        var (code, output) = await ProcessRunner.RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", DataDir, "-l", Path.Combine(options.DataRoot, "server.log"), "-w", "-t", "60", "-o", serverOptions, "start"],
            asPostgres: true, ct);
        if (code != 0) throw new InvalidOperationException($"pg_ctl start failed ({code}): {output}");
        return port;
    }

    /// <summary>The port of a server already running on this data folder (postmaster.pid line 4), if any.</summary>
    private int? RunningPort()
    {
        var pidFile = Path.Combine(DataDir, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], CultureInfo.InvariantCulture, out var pid)) return null;
        try { System.Diagnostics.Process.GetProcessById(pid); }
        catch (ArgumentException) { return null; } // stale pid file: pg_ctl start cleans it up
        return int.Parse(lines[3], CultureInfo.InvariantCulture);
    }

    internal static string? FindBinDirectory()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")));
        if (onPath is not null) return onPath;
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot)) return null;
        return Directory.GetDirectories(debianRoot)
            .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.Dir, "pg_ctl")))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Dir)
            .FirstOrDefault();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
}

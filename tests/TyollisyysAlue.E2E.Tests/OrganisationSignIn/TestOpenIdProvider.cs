using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TyollisyysAlue.E2E.Tests.OrganisationSignIn;

/// <summary>
/// The real OpenID provider of the organisation sign-in tests: <c>tests/oidc-provider/provider.js</c> (the certified
/// <c>oidc-provider</c> package) run by Node.js on 127.0.0.1 at a free port, once per collection, killed at the end.
/// Missing Node.js or packages fail the tests with what to do (scripts/test.sh runs <c>npm ci</c>); nothing is skipped.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "tyollisyysalue-tests";
    public const string ClientSecret = "tests-only-client-secret-not-a-real-one";

    /// <summary>The password of every account of provider.js.</summary>
    public const string Password = "Organisaatio-salasana-2026";

    private readonly ConcurrentQueue<string> _output = new();
    private Process? _node;

    public TestOpenIdProvider()
    {
        if (!File.Exists(Path.Combine(Directory, "node_modules", "oidc-provider", "package.json")))
            throw new InvalidOperationException(
                $"The organisation sign-in tests need Node.js and the provider's packages: run 'npm ci' in {Directory} " +
                "(scripts/test.sh does).");
        Port = FreePort();
    }

    public int Port { get; }

    public Uri Issuer => new($"http://127.0.0.1:{Port}");

    /// <summary>What the provider printed (e.g. which ID tokens it broke on purpose).</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Waits until the provider has printed <paramref name="line"/> (its output is read as it comes).</summary>
    public async Task WaitForOutputAsync(string line)
    {
        var until = DateTime.UtcNow.AddSeconds(15);
        while (!_output.Contains(line))
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException($"The OpenID provider did not print \"{line}\": " + string.Join(Environment.NewLine, _output));
            await Task.Delay(50);
        }
    }

    public static string Directory { get; } = Path.Combine(RepositoryRoot(), "tests", "oidc-provider");

    /// <summary>Starts the provider for the app at <paramref name="app"/> (its redirect addresses) and waits until it listens.</summary>
    public async Task StartAsync(Uri app)
    {
        var start = new ProcessStartInfo("node", "provider.js")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["APP_ORIGIN"] = app.GetLeftPart(UriPartial.Authority);
        start.Environment["CLIENT_ID"] = ClientId;
        start.Environment["CLIENT_SECRET"] = ClientSecret;
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            _node = new Process { StartInfo = start, EnableRaisingEvents = true };
            _node.OutputDataReceived += (_, line) => Received(line.Data, ready);
            _node.ErrorDataReceived += (_, line) => Received(line.Data, null);
            _node.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
                "The OpenID provider stopped: " + string.Join(Environment.NewLine, _output)));
            _node.Start();
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException("The organisation sign-in tests need Node.js ('node' on PATH).", error);
        }
        _node.BeginOutputReadLine();
        _node.BeginErrorReadLine();
        // Two busy cores: loading the package and making the key can take several seconds.
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(1));
    }

    private void Received(string? line, TaskCompletionSource? ready)
    {
        if (line is null) return;
        _output.Enqueue(line);
        if (line.StartsWith("ready ", StringComparison.Ordinal)) ready?.TrySetResult();
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is null) return;
        if (!_node.HasExited)
        {
            _node.Kill(entireProcessTree: true);
            await _node.WaitForExitAsync();
        }
        _node.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TyollisyysAlue.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (TyollisyysAlue.sln) was not found.");
    }
}

using System.Diagnostics;
using TyollisyysAlue.Web.Tests.Localization;

namespace TyollisyysAlue.Web.Tests.Hosting;

/// <summary>
/// The nginx site in docs/deployment.md is what bench/two-node.sh runs (rendered by bench/two-node/render-nginx-site.py:
/// loopback ports, plain http). Here, without starting anything: it still renders and Debian's nginx accepts it.
/// </summary>
public class NginxSiteTests
{
    [Fact]
    public async Task The_documented_site_renders_for_the_two_node_bench_and_nginx_accepts_it()
    {
        var root = ResourceTests.RepoRoot();
        var folder = Directory.CreateTempSubdirectory("nginx-site-");
        try
        {
            var (rendered, renderCode) = await RunAsync("python3",
                [Path.Combine(root, "bench", "two-node", "render-nginx-site.py"), Path.Combine(root, "docs", "deployment.md"), "18080", "18081", "18082"]);
            Assert.True(renderCode == 0, rendered);
            Assert.Contains("server 127.0.0.1:18081 max_fails=1", rendered, StringComparison.Ordinal);
            Assert.Contains("hash $ta_affinity consistent;", rendered, StringComparison.Ordinal);
            Assert.Contains("proxy_set_header Upgrade $http_upgrade;", rendered, StringComparison.Ordinal);
            Assert.DoesNotContain("ssl_", rendered, StringComparison.Ordinal);

            var site = Path.Combine(folder.FullName, "site.conf");
            await File.WriteAllTextAsync(site, rendered);
            var main = Path.Combine(folder.FullName, "nginx.conf");
            await File.WriteAllTextAsync(main,
                $"pid {folder.FullName}/nginx.pid;\nerror_log {folder.FullName}/error.log;\nevents {{}}\nhttp {{\n    include {site};\n}}\n");
            var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx"; // Debian keeps it out of a non-root PATH
            var (output, code) = await RunAsync(nginx, ["-t", "-p", folder.FullName, "-e", Path.Combine(folder.FullName, "error.log"), "-c", main]);
            Assert.True(code == 0, output);
            Assert.Contains("syntax is ok", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(string Output, int ExitCode)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (await output + await error, process.ExitCode);
    }
}

using System.Diagnostics;

namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// LibreOffice Writer, headless, as the maker of the import tests' fixtures: HTML written from the seed documents is
/// opened in Writer (its HTML import: h1–h3 become Heading 1–3, lists and tables Writer's own) and saved as .docx or
/// .odt by Writer's own filters. Each run has a private user profile, so parallel runs do not collide. A missing
/// LibreOffice fails the tests with what to install; scripts/test.sh installs it.
/// </summary>
public static class LibreOffice
{
    public static readonly string Executable =
        Environment.GetEnvironmentVariable("SOFFICE_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/soffice";

    public static void EnsureInstalled()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException(
                $"The plan import tests make their .docx and .odt fixtures with LibreOffice at {Executable}: " +
                "install it with 'apt-get install libreoffice-writer-nogui' (scripts/test.sh does).");
    }

    /// <summary>Converts each named HTML document to "docx" or "odt"; returns the files' bytes by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> Convert(IReadOnlyDictionary<string, string> html, string format)
    {
        EnsureInstalled();
        var filter = format switch
        {
            "docx" => "docx:MS Word 2007 XML",
            "odt" => "odt:writer8",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "docx or odt"),
        };
        var work = Directory.CreateTempSubdirectory("ta-lo-");
        try
        {
            var inputs = html.Select(h =>
            {
                var path = Path.Combine(work.FullName, h.Key + ".html");
                File.WriteAllText(path, h.Value);
                return path;
            }).ToList();
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out")).FullName;
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])[$"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore",
                         "--infilter=HTML (StarWriter)", "--convert-to", filter, "--outdir", output, .. inputs])
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish converting in 4 minutes.");
            }
            var files = html.Keys.ToDictionary(name => name, name => Path.Combine(output, name + "." + format));
            var missing = files.Where(f => !File.Exists(f.Value)).Select(f => f.Key).ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
                throw new InvalidOperationException($"soffice failed ({process.ExitCode}); missing {string.Join(", ", missing)}:\n{stdout.Result}\n{stderr.Result}");
            return files.ToDictionary(f => f.Key, f => File.ReadAllBytes(f.Value));
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a profile file still held: the temp directory is cleaned later */ }
        }
    }
}

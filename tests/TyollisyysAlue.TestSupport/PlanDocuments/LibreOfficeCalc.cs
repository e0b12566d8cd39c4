using System.Diagnostics;

namespace TyollisyysAlue.TestSupport.PlanDocuments;

/// <summary>
/// LibreOffice Calc, headless, as an independent spreadsheet engine: it opens an .xlsx (whose formulas ClosedXML
/// wrote without cached results, so Calc computes each one) and writes every sheet as CSV of raw values. A test
/// then reads what a reader's spreadsheet would show from the live formulas. scripts/test.sh installs LibreOffice.
/// </summary>
public static class LibreOfficeCalc
{
    /// <summary>Each sheet's rows (cells split at ';', numbers with a decimal point), by sheet name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string[]>> Recalculate(byte[] xlsx)
    {
        LibreOffice.EnsureInstalled();
        var work = Directory.CreateTempSubdirectory("ta-calc-");
        try
        {
            var input = Path.Combine(work.FullName, "book.xlsx");
            File.WriteAllBytes(input, xlsx);
            var output = Directory.CreateDirectory(Path.Combine(work.FullName, "out")).FullName;
            var start = new ProcessStartInfo(LibreOffice.Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // CSV filter options: ';', '"', UTF-8, from line 1, …, raw values (not as shown), every sheet to its own file (-1).
            foreach (var argument in (string[])[$"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore",
                         "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1", "--outdir", output, input])
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("soffice did not finish in 4 minutes.");
            }
            var sheets = Directory.GetFiles(output, "book-*.csv");
            if (process.ExitCode != 0 || sheets.Length == 0)
                throw new InvalidOperationException($"soffice failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
            return sheets.ToDictionary(
                path => Path.GetFileNameWithoutExtension(path)["book-".Length..],
                path => (IReadOnlyList<string[]>)File.ReadAllLines(path).Select(line => line.Split(';').Select(c => c.Trim('"')).ToArray()).ToList());
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { /* a profile file still held: the temp directory is cleaned later */ }
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.FollowUp;
using TyollisyysAlue.Infrastructure.Imports.Ledger;

namespace TyollisyysAlue.Benchmarks;

/// <summary>
/// <c>ledger-peak &lt;csv|xlsx&gt; [rows]</c>: a finance system's ledger export of 100 000 bookings (Finnish amounts,
/// 12 months, 40 accounts, 8 cost centres, deterministic) read and mapped as the preview and the commit read it —
/// streaming through <see cref="LedgerPreviewBuilder"/>, without the database — reporting wall time, allocation and
/// the peak resident memory of the read (the bounded-memory check).
/// </summary>
public static class LedgerPeak
{
    private const int Year = 2025;

    public static int Run(string format, int rows)
    {
        var lines = Enumerable.Range(0, 10).ToDictionary(_ => Guid.NewGuid(), i => i < 8 ? BudgetLineKind.Expense : BudgetLineKind.Income);
        var ids = lines.Keys.ToList();
        // Accounts 4000–4399 in ten ranges of 40, one per line.
        var rules = ids.Select((id, i) => new LedgerRule(Guid.NewGuid(), Guid.Empty, id, (4000 + i * 40).ToString(CultureInfo.InvariantCulture),
            (4039 + i * 40).ToString(CultureInfo.InvariantCulture))).ToList();
        var path = Path.Combine(Path.GetTempPath(), $"tyollisyysalue-ledger-{rows}.{format}");
        if (format == "csv") WriteCsv(path, rows);
        else if (format == "xlsx") WriteXlsx(path, rows);
        else
        {
            Console.Error.WriteLine("Format is csv or xlsx.");
            return 2;
        }
        var scope = new LedgerScope(Year, lines, rules);
        var file = new FileSource(path);
        Read(scope, file); // warm-up (JIT)
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var before = Environment.WorkingSet;
        var reset = ImportPeak.ResetPeak();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var (preview, bookings) = Read(scope, file);
        clock.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
        Console.WriteLine($"format      {format}, {Mb(new FileInfo(path).Length)}, {rows:N0} rows");
        Console.WriteLine($"preview     {preview.Rows:N0} rows, {preview.Cells.Count} line-months, total {preview.Total:N2}, {preview.ErrorCount} errors, {preview.Unmapped.Count} unmapped, {bookings:N0} bookings handed on");
        Console.WriteLine($"time        {clock.Elapsed.TotalMilliseconds:0} ms");
        Console.WriteLine($"allocated   {Mb(allocated)}");
        Console.WriteLine($"working set {Mb(before)} before, peak {Mb(self.PeakWorkingSet64)}{(reset ? " (peak reset before the read)" : " (peak of the whole process)")}");
        return preview.CanCommit ? 0 : 1;
    }

    /// <summary>Reads as the commit does (every booking handed on in batches of 5 000), keeping only a count.</summary>
    private static (LedgerPreview, int) Read(LedgerScope scope, IImportSource file)
    {
        var count = 0;
        var preview = scope.ReadAsync(new LedgerFileReader(), file, null, false, _ => { count++; return Task.CompletedTask; }, null, CancellationToken.None)
            .GetAwaiter().GetResult();
        return (preview, count);
    }

    private static (string Account, string CostCentre, string Date, string Amount) Row(int i)
    {
        var month = i % 12 + 1;
        var cents = (long)(i * 7919L % 500_000) - 20_000;   // −200,00 … 4 799,99 €, credits included
        var amount = (cents / 100m).ToString("#,##0.00", CultureInfo.GetCultureInfo("fi-FI"));
        return ((4000 + i % 400).ToString(CultureInfo.InvariantCulture), (2100 + i % 8).ToString(CultureInfo.InvariantCulture),
            $"{i % 28 + 1}.{month}.{Year}", amount);
    }

    private static void WriteCsv(string path, int rows)
    {
        using var text = new StreamWriter(path, false, new UTF8Encoding(false));
        text.Write("Tili;Kustannuspaikka;Projekti;Kirjauspäivä;Summa;Selite\n");
        for (var i = 0; i < rows; i++)
        {
            var (account, centre, date, amount) = Row(i);
            text.Write($"{account};{centre};;{date};{amount};Tosite {i}\n");
        }
    }

    private static void WriteXlsx(string path, int rows)
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = book.AddWorksheet("Kirjaukset");
        string[] headers = ["Tili", "Kustannuspaikka", "Kirjauspäivä", "Summa", "Selite"];
        for (var c = 0; c < headers.Length; c++) sheet.Cell(1, c + 1).Value = headers[c];
        for (var i = 0; i < rows; i++)
        {
            var (account, centre, date, amount) = Row(i);
            sheet.Cell(i + 2, 1).Value = account;
            sheet.Cell(i + 2, 2).Value = centre;
            sheet.Cell(i + 2, 3).Value = date;
            sheet.Cell(i + 2, 4).Value = decimal.Parse(amount.Replace("\u00A0", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.GetCultureInfo("fi-FI"));
            sheet.Cell(i + 2, 5).Value = $"Tosite {i}";
        }
        book.SaveAs(path);
    }

    private sealed class FileSource(string path) : IImportSource
    {
        public string Name => Path.GetFileName(path);
        public long Length => new FileInfo(path).Length;
        public Stream Open() => File.OpenRead(path);
    }
}

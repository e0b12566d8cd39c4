using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>A year's ledger of 100 000 bookings saves in one all-or-nothing write, in batches, to the cent.</summary>
[Collection(DatabaseCollection.Name)]
public class LedgerVolumeTests(DatabaseFixture fixture)
{
    [Fact]
    public async Task A_hundred_thousand_bookings_save_in_one_write_and_add_up_to_the_cent()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var csv = new StringBuilder("Tili;Kustannuspaikka;Kirjauspäivä;Summa;Selite\n");
        long cents = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var amount = i % 9_973 + 1;   // 0,01 … 99,73 €
            cents += amount;
            csv.Append(i % 2 == 0 ? "4010" : "4310").Append(";2100;").Append(i % 28 + 1).Append('.').Append(i % 12 + 1).Append('.').Append(area.Year)
                .Append(';').Append(amount / 100).Append(',').Append((amount % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)).Append(";x\n");
        }
        var file = new MemoryImportSource("vuosi.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var clock = Stopwatch.StartNew();
        var outcome = await planner.Get<CommitLedgerImport>().RunAsync(LedgerArea.Form(area.Year, file));
        clock.Stop();
        Assert.IsType<WriteOutcome<LedgerImportForm>.Saved>(outcome);
        await using var db = fixture.CreateContext(area.Id);
        Assert.Equal(100_000, await db.LedgerEntries.CountAsync());
        Assert.Equal(cents / 100m, await db.LedgerEntries.SumAsync(e => e.Amount));
        Assert.Equal(cents / 100m, (await db.LedgerImports.SingleAsync()).Total);
        Console.WriteLine($"100 000 bookings committed in {clock.ElapsedMilliseconds} ms");
    }
}

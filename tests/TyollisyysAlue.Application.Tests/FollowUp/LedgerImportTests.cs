using System.Text;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.FollowUp;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>Ledger import on PostgreSQL: preview, all-or-nothing commit through the write pipeline, idempotent months, undo.</summary>
[Collection(DatabaseCollection.Name)]
public class LedgerImportTests(DatabaseFixture fixture)
{
    private static string D(int day, int month, int year) => $"{day}.{month}.{year}";

    [Fact]
    public async Task A_Finnish_csv_previews_per_line_and_month_and_saves_every_booking_to_the_cent()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        var file = LedgerArea.Csv("kirjanpito-01.csv",
            $"4010;2100;{D(15, 1, y)};10 000,00;Palkat",
            $"4020;2100;{D(31, 1, y)};\"1 234,56\";Sivukulut",
            $"4310;2100;{D(20, 1, y)};4 999,99;Valmennus",
            $"4310;2100;{D(3, 2, y)};5 000,01;Valmennus",
            $"3010;2100;{D(28, 2, y)};-2 000,00;Hanketuki");
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);

        var preview = await planner.Get<LedgerImports>().PreviewAsync(file, y);
        Assert.True(preview.CanCommit, string.Join(", ", preview.ColumnProblems.Concat(preview.Errors.Select(e => e.Code))));
        Assert.Equal(5, preview.Rows);
        Assert.Equal([1, 2], preview.Months);
        Assert.Equal(11_234.56m, preview.Cells.Single(c => c.BudgetLineId == area.Staff && c.Month == 1).Sum);
        Assert.Equal(2_000m, preview.Cells.Single(c => c.BudgetLineId == area.Income).Sum);   // credit counts as income
        Assert.Equal(19_234.56m, preview.Total);

        var saved = await planner.Get<CommitLedgerImport>().RunAsync(LedgerArea.Form(y, file));
        Assert.IsType<WriteOutcome<LedgerImportForm>.Saved>(saved);

        await using (var db = fixture.CreateContext(area.Id))
        {
            Assert.Equal(5, await db.LedgerEntries.CountAsync());
            // The drill-down shows each booking's own date.
            Assert.Equal(new DateOnly(y, 1, 31), (await db.LedgerEntries.SingleAsync(e => e.Account == "4020")).PostingDate);
            var import = await db.LedgerImports.SingleAsync();
            Assert.Equal((5, 19_234.56m, 64, "kirjanpito-01.csv"), (import.Rows, import.Total, import.Sha256.Length, import.FileName));
            Assert.Equal([1, 2], import.Months);
            Assert.Equal($"user-{area.Planner}", import.ImportedBy);
            Assert.Equal(1, await db.ImportMappings.CountAsync());
        }

        var report = await planner.Get<FollowUpQuery>().LoadAsync(y);
        var staff = report.Lines.Single(l => l.LineId == area.Staff);
        Assert.Equal(2, report.ThroughMonth);
        Assert.Equal((11_234.56m, 20_000m, -8_765.44m), (staff.ActualToDate, staff.BudgetToDate, staff.Variance));
        Assert.Equal(67_407.36m, staff.RunRate);
        Assert.Equal(ForecastFlag.None, staff.Flag);
        // Every table adds up to the cent: months to the line, lines to the file.
        Assert.Equal(staff.ActualToDate, staff.MonthActual.Sum());
        Assert.Equal(120_000m, staff.MonthBudget.Sum());
        Assert.Equal(preview.Total, report.Expenses.Sum(l => l.ActualToDate) - report.Incomes.Sum(l => l.ActualToDate));

        // The next file of the same layout maps by the saved columns.
        var next = await planner.Get<LedgerImports>().PreviewAsync(LedgerArea.Csv("kirjanpito-03.csv", $"4010;2100;{D(2, 3, y)};1,00;x"), y);
        Assert.True(next.Remembered);
    }

    [Fact]
    public async Task Re_importing_a_month_replaces_it_the_same_file_is_idempotent_and_an_undo_removes_its_bookings()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var commit = planner.Get<CommitLedgerImport>();
        var january = LedgerArea.Csv("tammi.csv", $"4010;;{D(15, 1, y)};1 000,00;a", $"4310;;{D(16, 1, y)};500,00;b");
        Assert.True((await commit.RunAsync(LedgerArea.Form(y, january))).IsSaved);
        var same = await planner.Get<LedgerImports>().PreviewAsync(january, y);
        Assert.Equal("tammi.csv", same.SameFile?.FileName);
        Assert.True((await commit.RunAsync(LedgerArea.Form(y, january))).IsSaved);
        var corrected = LedgerArea.Csv("tammi-korjattu.csv", $"4010;;{D(15, 1, y)};1 100,00;a");
        Assert.True((await commit.RunAsync(LedgerArea.Form(y, corrected))).IsSaved);
        var february = LedgerArea.Csv("helmi.csv", $"4010;;{D(15, 2, y)};900,00;a");
        var feb = Assert.IsType<WriteOutcome<LedgerImportForm>.Saved>(await commit.RunAsync(LedgerArea.Form(y, february)));

        await using (var db = fixture.CreateContext(area.Id))
        {
            Assert.Equal(1_100m, await db.LedgerEntries.Where(e => e.Month == 1).SumAsync(e => e.Amount));
            Assert.Equal(2, await db.LedgerEntries.CountAsync());
            Assert.Equal(2, (await db.LedgerImports.ToListAsync()).Count(i => i.ReplacedBy is not null));
        }

        var febImport = await ImportAsync(area, feb.Id);
        Assert.True((await planner.Get<UndoLedgerImport>().RunAsync(new RowRef(feb.Id, febImport.Version))).IsSaved);
        await using (var db = fixture.CreateContext(area.Id))
        {
            Assert.False(await db.LedgerEntries.AnyAsync(e => e.Month == 2));
            Assert.NotNull((await db.LedgerImports.SingleAsync(i => i.Id == feb.Id)).UndoneAt);
        }
        var again = await planner.Get<UndoLedgerImport>().RunAsync(new RowRef(feb.Id, (await ImportAsync(area, feb.Id)).Version));
        Assert.Equal("Ledger.NotActive", Assert.IsType<WriteOutcome<RowRef>.Invalid>(again).Errors.Single().ErrorCode);
    }

    private async Task<LedgerImport> ImportAsync(LedgerArea area, Guid id)
    {
        await using var db = fixture.CreateContext(area.Id);
        return await db.LedgerImports.AsNoTracking().SingleAsync(i => i.Id == id);
    }

    [Fact]
    public async Task Row_errors_name_their_line_and_column_and_nothing_is_saved()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        await using (var db = fixture.CreateContext(area.Id))
        {
            db.LedgerRules.Add(new LedgerRule(Guid.NewGuid(), area.Id, area.Purchases, "4050", null));   // 4050 is also staff
            await db.SaveChangesAsync();
        }
        var file = LedgerArea.Csv("virheet.csv",
            $"4010;;{D(15, 1, y)};1 000,00;ok",
            $"4010;;{D(15, 1, y - 1)};1,00;edellinen vuosi",
            $"4010;;{D(15, 1, y)};1,005;kolme desimaalia",
            $"4050;;{D(15, 1, y)};1,00;kaksi riviä",
            $"4010;;tammikuu;1,00;kausi",
            $"9999;;{D(15, 1, y)};5,00;ei sääntöä");
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var preview = await planner.Get<LedgerImports>().PreviewAsync(file, y);

        Assert.False(preview.CanCommit);
        Assert.Equal(
            [(3, "Kirjauspäivä", "Ledger.OtherYear"), (4, "Summa", LedgerAmount.TooPrecise), (5, "Tili", "Ledger.TwoLines"), (6, "Kirjauspäivä", LedgerPeriod.Unreadable)],
            preview.Errors.Select(e => (e.Line, e.Column!, e.Code)).ToList());
        Assert.Equal(("9999", 7), (preview.Unmapped.Single().Account, preview.Unmapped.Single().FirstLine));

        var refused = Assert.IsType<WriteOutcome<LedgerImportForm>.Invalid>(await planner.Get<CommitLedgerImport>().RunAsync(LedgerArea.Form(y, file)));
        Assert.Contains(refused.Errors, e => e.ErrorCode == "Ledger.OtherYear" && Equals(((object[])e.CustomState)[0], 3));
        await using var check = fixture.CreateContext(area.Id);
        Assert.False(await check.LedgerEntries.AnyAsync());
        Assert.False(await check.LedgerImports.AnyAsync());
    }

    [Fact]
    public async Task An_unmapped_account_holds_the_import_until_a_rule_maps_it()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        var file = LedgerArea.Csv("kp.csv", $"4010;;{D(15, 3, y)};100,00;a", $"4510;;{D(15, 3, y)};50,00;vuokra");
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        Assert.IsType<WriteOutcome<LedgerImportForm>.Invalid>(await planner.Get<CommitLedgerImport>().RunAsync(LedgerArea.Form(y, file)));

        var rule = await planner.Get<SaveLedgerRule>().RunAsync(new LedgerRuleForm { BudgetLineId = area.Purchases, AccountFrom = "4500", AccountTo = "4599" });
        Assert.True(rule.IsSaved);
        Assert.True((await planner.Get<LedgerImports>().PreviewAsync(file, y)).CanCommit);
        Assert.True((await planner.Get<CommitLedgerImport>().RunAsync(LedgerArea.Form(y, file))).IsSaved);
    }

    [Fact]
    public async Task Debit_and_credit_columns_in_Windows_1252_read_as_debit_minus_credit()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var text = $"Tili;Kustannuspaikka;Päivämäärä;Debet;Kredit;Selite\r\n4010;100;{D(1, 4, y)};1 500,00;;Kä\r\n4010;100;{D(2, 4, y)};;200,50;Oikaisu\r\n3010;100;{D(3, 4, y)};;3 000,00;Tuki\r\n";
        var file = new MemoryImportSource("debet-kredit.csv", Encoding.GetEncoding(1252).GetBytes(text));
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var preview = await planner.Get<LedgerImports>().PreviewAsync(file, y);
        Assert.Equal(("Debet", "Kredit", null), (preview.Columns.Debit, preview.Columns.Credit, preview.Columns.Amount));
        Assert.True(preview.CanCommit);
        Assert.Equal(1_299.50m, preview.Cells.Single(c => c.BudgetLineId == area.Staff).Sum);
        Assert.Equal(3_000m, preview.Cells.Single(c => c.BudgetLineId == area.Income).Sum);
    }

    [Fact]
    public async Task An_xlsx_export_reads_like_the_csv()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        var y = area.Year;
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = book.AddWorksheet("Kirjaukset");
        sheet.Cell(1, 1).Value = "Tili"; sheet.Cell(1, 2).Value = "Kustannuspaikka"; sheet.Cell(1, 3).Value = "Kirjauspäivä"; sheet.Cell(1, 4).Value = "Summa";
        sheet.Cell(2, 1).Value = "4010"; sheet.Cell(2, 3).Value = new DateTime(y, 5, 31); sheet.Cell(2, 4).Value = 1234.56;
        sheet.Cell(4, 1).Value = "4310"; sheet.Cell(4, 3).Value = $"{y}-05"; sheet.Cell(4, 4).Value = "2 000,10";
        using var bytes = new MemoryStream();
        book.SaveAs(bytes);
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var preview = await planner.Get<LedgerImports>().PreviewAsync(new MemoryImportSource("kirjanpito.xlsx", bytes.ToArray()), y);
        Assert.True(preview.CanCommit, string.Join(", ", preview.ColumnProblems.Concat(preview.Errors.Select(e => $"{e.Line}:{e.Code}"))));
        Assert.Equal([5], preview.Months);
        Assert.Equal((1_234.56m, 2_000.10m), (preview.Cells.Single(c => c.BudgetLineId == area.Staff).Sum, preview.Cells.Single(c => c.BudgetLineId == area.Purchases).Sum));
        Assert.Equal(4, preview.Unmapped.Count + preview.Rows + 2);   // rows 2 and 4 read, the empty row 3 skipped
    }

    [Fact]
    public async Task A_file_of_the_wrong_shape_is_refused_as_a_whole()
    {
        var area = await LedgerArea.CreateAsync(fixture);
        await using var planner = UseCaseScope.User(fixture, area.Id, area.Planner);
        var notATable = await planner.Get<LedgerImports>().PreviewAsync(new MemoryImportSource("muistio.txt", Encoding.UTF8.GetBytes("Hei!\nTämä ei ole kirjanpito.\n")), area.Year);
        Assert.Equal("Ledger.NotATable", notATable.FileProblem);
        var tooWide = "Tili;Kuukausi;" + string.Join(';', Enumerable.Range(0, 200_000).Select(i => $"Summa {i}")) + "\n";
        var wide = await planner.Get<LedgerImports>().PreviewAsync(new MemoryImportSource("leveä.csv", Encoding.UTF8.GetBytes(tooWide)), area.Year);
        Assert.Equal("Ledger.TooManyColumns", wide.FileProblem);
        var noAmount = await planner.Get<LedgerImports>().PreviewAsync(
            new MemoryImportSource("x.csv", Encoding.UTF8.GetBytes("Tili;Kustannuspaikka;Kirjauspäivä\n4010;1;1.1.2026\n")), area.Year);
        Assert.Contains("Ledger.NeedAmount", noAmount.ColumnProblems);
        Assert.False(noAmount.CanCommit);
    }

    [Fact]
    public async Task Another_areas_planner_neither_sees_nor_undoes_an_import()
    {
        var a = await LedgerArea.CreateAsync(fixture);
        var b = await LedgerArea.CreateAsync(fixture);
        await using var plannerA = UseCaseScope.User(fixture, a.Id, a.Planner);
        var saved = Assert.IsType<WriteOutcome<LedgerImportForm>.Saved>(await plannerA.Get<CommitLedgerImport>().RunAsync(
            LedgerArea.Form(a.Year, LedgerArea.Csv("a.csv", $"4010;;{D(1, 1, a.Year)};10,00;a"))));

        await using var plannerB = UseCaseScope.User(fixture, b.Id, b.Planner);
        Assert.Empty(await plannerB.Get<FollowUpQuery>().ImportsAsync(a.Year));
        Assert.Equal((0, 0), ((await plannerB.Get<FollowUpQuery>().RowsAsync(a.Staff, a.Year, null)).Rows.Count, (await plannerB.Get<FollowUpQuery>().RowsAsync(a.Staff, a.Year, null)).Count));
        Assert.IsType<WriteOutcome<RowRef>.Gone>(await plannerB.Get<UndoLedgerImport>().RunAsync(new RowRef(saved.Id, saved.Version)));
        // B's rule cannot point at A's budget line.
        Assert.IsType<WriteOutcome<LedgerRuleForm>.Invalid>(await plannerB.Get<SaveLedgerRule>().RunAsync(new LedgerRuleForm { BudgetLineId = a.Staff, AccountFrom = "1" }));
    }
}

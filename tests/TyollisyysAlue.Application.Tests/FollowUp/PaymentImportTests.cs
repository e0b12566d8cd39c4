using System.Text;
using Microsoft.EntityFrameworkCore;
using TyollisyysAlue.Application.Common.Writing;
using TyollisyysAlue.Application.FollowUp.Payments;
using TyollisyysAlue.Application.FollowUp.Payments.Import;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Application.Tests.FollowUp;

/// <summary>
/// Payments received imported from an accounts-receivable CSV (';', a BOM, Finnish headings and decimals) on
/// PostgreSQL: row errors name the row and value and save nothing, one save records all, the same file again adds
/// nothing, and another area's planner can neither import for these members nor see the payments.
/// </summary>
[Collection(DatabaseCollection.Name)]
public class PaymentImportTests(DatabaseFixture fixture)
{
    private static MemoryImportSource Csv(params string[] rows) =>
        new("reskontra.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Asiakas;Maksupäivä;Summa;Viitenumero\r\n" + string.Join("\r\n", rows) + "\r\n")]);

    [Fact]
    public async Task Row_errors_save_nothing_a_clean_file_saves_all_and_the_same_file_again_adds_nothing()
    {
        var (_, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        var stranger = await fixture.NewMunicipalityAsync();
        var porvoo = (await user.Get<PaymentsQuery>().LoadAsync(2025)).Members.Single(m => m.Member.Code != kuopio).Member;
        var bad = Csv($"KU{kuopio.Value};14.2.2025;100 000,50;RF100", $"{stranger};14.2.2025;5 000,00;RF101", $"{porvoo.NameFi};15.2.2025;12,345;RF102");

        var preview = await user.Get<PaymentImports>().PreviewAsync(bad, 2025);
        Assert.Equal(new PaymentColumns { Member = "Asiakas", Date = "Maksupäivä", Amount = "Summa", Reference = "Viitenumero" }, preview.Columns);
        Assert.False(preview.CanCommit);
        var notMember = preview.Errors.Single(e => e.Code == "PaymentImport.NotAMember");
        Assert.Equal((3, "Asiakas", stranger), (notMember.Line, notMember.Column, (string)notMember.Args[0]));
        Assert.Equal((4, "Ledger.TooPrecise"), (preview.Errors[1].Line, preview.Errors[1].Code));
        var refused = Assert.IsType<WriteOutcome<PaymentImportForm>.Invalid>(await user.Get<CommitPaymentImport>().RunAsync(new PaymentImportForm { Year = 2025, File = bad, Columns = preview.Columns }));
        Assert.Equal(2, refused.Errors.Count);
        Assert.Equal(Money.Zero, (await user.Get<PaymentsQuery>().LoadAsync(2025)).Paid);

        var good = Csv($"KU{kuopio.Value};14.2.2025;100 000,50;RF100", $"{porvoo.NameFi};15.2.2025;12 345,67;RF102", $"{kuopio.Value};2025-03-14;−0,17;RF103");
        var clean = await user.Get<PaymentImports>().PreviewAsync(good, 2025);
        Assert.True(clean.CanCommit);
        Assert.Equal(112_346.00m, clean.Total);
        Assert.True((await user.Get<CommitPaymentImport>().RunAsync(new PaymentImportForm { Year = 2025, File = good, Columns = clean.Columns })).IsSaved);
        var report = await user.Get<PaymentsQuery>().LoadAsync(2025);
        Assert.Equal(Money.FromEuros(112_346.00m), report.Paid);
        Assert.Equal(Money.FromEuros(100_000.33m), report.Members.Single(m => m.Member.Code == kuopio).Balance.Paid);
        Assert.All(report.Members.SelectMany(m => m.Payments), p => Assert.Equal("reskontra.csv", p.ImportedFrom));

        // The same file again: every reference is known, nothing new is saved; the layout's columns were remembered.
        var repeat = await user.Get<PaymentImports>().PreviewAsync(good, 2025);
        Assert.True(repeat.Remembered);
        Assert.Equal((3, true), (repeat.Skipped.Count, repeat.NothingNew));
        var nothing = Assert.IsType<WriteOutcome<PaymentImportForm>.Invalid>(await user.Get<CommitPaymentImport>().RunAsync(new PaymentImportForm { Year = 2025, File = good, Columns = repeat.Columns }));
        Assert.Equal("PaymentImport.NothingNew", nothing.Errors.Single().ErrorCode);
        Assert.Equal(Money.FromEuros(112_346.00m), (await user.Get<PaymentsQuery>().LoadAsync(2025)).Paid);
        await using (var db = fixture.ContextFor(user.Context))
            Assert.Equal(3, await db.MemberPayments.CountAsync());

        // Another area: these municipalities are not its members, and it sees none of the payments.
        var (other, _) = await fixture.CreateAreaAsync();
        var outsider = await UseCases.ForAsync(fixture, other, "outsider@example.fi");
        var theirs = await outsider.Get<PaymentImports>().PreviewAsync(good, 2025);
        Assert.All(theirs.Errors, e => Assert.Equal("PaymentImport.NotAMember", e.Code));
        Assert.Equal(3, theirs.Errors.Count);
        Assert.IsType<WriteOutcome<PaymentImportForm>.Invalid>(await outsider.Get<CommitPaymentImport>().RunAsync(new PaymentImportForm { Year = 2025, File = good, Columns = theirs.Columns }));
        Assert.Equal(Money.Zero, (await outsider.Get<PaymentsQuery>().LoadAsync(2025)).Paid);
    }

    [Fact]
    public async Task Dates_amounts_and_references_that_cannot_be_read_are_row_errors_naming_the_value()
    {
        var (_, user, kuopio) = await TwoMemberArea.CreateAsync(fixture);
        var file = Csv($"{kuopio.Value};31.2.2025;10,00;RF1", $"{kuopio.Value};1.1.2031;10,00;RF2", $"{kuopio.Value};1.3.2025;abc;RF3",
            $"{kuopio.Value};1.3.2025;0,00;RF4", $"{kuopio.Value};1.3.2025;10,00;", $"{kuopio.Value};1.3.2025;10,00;RF5", $"{kuopio.Value};2.3.2025;11,00;RF5");
        var preview = await user.Get<PaymentImports>().PreviewAsync(file, 2025);
        Assert.Equal(
            [(2, "PaymentImport.BadDate"), (3, "PaymentImport.DateOutsideYear"), (4, "Ledger.BadAmount"), (5, "PaymentImport.ZeroAmount"), (6, "PaymentImport.NoReference"), (8, "PaymentImport.ReferenceTwice")],
            preview.Errors.Select(e => (e.Line, e.Code)));
        Assert.Equal("31.2.2025", preview.Errors[0].Args[0]);
        Assert.Single(preview.Payments);
    }
}

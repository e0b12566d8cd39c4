using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TyollisyysAlue.Web.Components.Shared;
using TyollisyysAlue.Application.FollowUp.Ledger;
using TyollisyysAlue.Application.Indicators.Import;
using TyollisyysAlue.Infrastructure.Imports.Ledger;
using TyollisyysAlue.Web.Components.Pages.FollowUp;

namespace TyollisyysAlue.Web.Components.Tests;

/// <summary>Issue 17.6: long work shows its progress with an announced status text and leaves the page usable.</summary>
public class LongWorkTests : ComponentTest
{
    [Fact]
    public void Work_of_known_size_shows_the_share_done_and_announces_it()
    {
        var cut = Render<LongWork>(ps => ps.Add(p => p.Text, "Kysely 1/3").Add(p => p.Done, 1).Add(p => p.Total, 3));
        var bar = cut.Find("[data-testid=long-work-bar]");
        Assert.Equal("33", bar.GetAttribute("aria-valuenow"));
        Assert.Equal("33 % valmiina", bar.GetAttribute("aria-valuetext"));
        Assert.Equal("Kysely 1/3", bar.GetAttribute("aria-label"));
        var status = cut.Find("[data-testid=long-work-status]");
        Assert.Equal(("status", "Kysely 1/3 – 33 % valmiina"), (status.GetAttribute("role"), status.TextContent.Trim()));
    }

    [Fact]
    public void Work_of_unknown_size_moves_without_a_share()
    {
        var cut = Render<LongWork>(ps => ps.Add(p => p.Text, "Luetaan tiedostoa…"));
        Assert.Contains("mud-progress-indeterminate", cut.Find("[data-testid=long-work-bar]").ClassName ?? "", StringComparison.Ordinal);
        Assert.Null(cut.Find("[data-testid=long-work-bar]").GetAttribute("aria-valuetext"));
        Assert.Equal("Luetaan tiedostoa…", cut.Find("[data-testid=long-work-status]").TextContent.Trim());
    }
}

/// <summary>
/// The payments import reads its file off the circuit: while the reading waits, the progress and its status are shown
/// and another control of the same page still answers a click; once the file is read the preview replaces the progress.
/// </summary>
public class PaymentImportProgressTests(DatabaseFixture fixture) : DatabaseComponentTest(fixture)
{
    /// <summary>The real reader, held at the door until the test lets it in (bounded, so a blocked renderer fails instead of hanging).</summary>
    private sealed class HeldReader : ILedgerFileReader
    {
        public SemaphoreSlim Door { get; } = new(0);

        public ILedgerSheet Open(IImportSource file)
        {
            if (!Door.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException("the test never let the reading in");
            return new LedgerFileReader().Open(file);
        }
    }

    [Fact]
    public async Task Reading_a_file_shows_progress_while_the_page_stays_interactive()
    {
        await EnterNewAreaAsPlannerAsync();
        var reader = new HeldReader();
        Services.AddSingleton<ILedgerFileReader>(reader);
        var panel = Render<PaymentImportPanel>(ps => ps.Add(p => p.Year, 2025).Add(p => p.Members, []));
        var clicks = 0;
        var other = Render<MudButton>(ps => ps.Add(p => p.OnClick, () => clicks++).AddChildContent("Muu toiminto"));

        // bUnit's upload returns when the handler has finished: it waits on its own thread while the test goes on.
        var input = panel.FindComponent<InputFile>();
        var upload = Task.Run(() => input.UploadFiles(InputFileContent.CreateFromText("Viite;Kunta;Maksupäivä;Summa\n", "maksut.csv")));

        panel.WaitForAssertion(() => Assert.Equal(Text("PaymentImport.Reading"), panel.Find("[data-testid=long-work-status]").TextContent.Trim()));
        // Awaited: a click queued behind a renderer held by the reading would time out here (the reading waits 60 s).
        await other.Find("button").ClickAsync(new MouseEventArgs()).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, clicks);
        Assert.NotNull(panel.Find("[data-testid=payment-progress]"));

        reader.Door.Release();
        await upload;
        panel.WaitForAssertion(() => Assert.Empty(panel.FindAll("[data-testid=payment-progress]")));
        Assert.NotNull(panel.Find("[data-testid=payment-confirm]"));
    }
}

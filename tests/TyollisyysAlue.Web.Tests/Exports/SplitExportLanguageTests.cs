using System.Net;
using System.Text;
using ClosedXML.Excel;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyollisyysAlue.TestSupport;
using UglyToad.PdfPig;

namespace TyollisyysAlue.Web.Tests.Exports;

/// <summary>
/// The committee's downloads are in the reader's language through and through (issue 12, defect 7): a Swedish reader
/// gets Swedish headings and the members' Swedish names, every time is Finnish time, and the key is named by its name
/// and last change, not by a row counter.
/// </summary>
[Collection(AppCollection.Name)]
public class SplitExportLanguageTests(AppFixture app)
{
    private const string Split = "/areas/porvoo/budget/2025/export";
    private static readonly string[] SwedishNames = ["Lappträsk", "Lovisa", "Mörskom", "Borgå"];
    private static readonly string[] FinnishNames = ["Lapinjärvi", "Loviisa", "Myrskylä"];

    [Fact]
    public async Task A_Swedish_reader_gets_the_split_pdf_with_Swedish_names_only()
    {
        using var client = await InSwedishAsync(await app.SignedInAs("viewer.porvoo@example.fi"));
        var text = PdfText(await client.GetByteArrayAsync($"{Split}/pdf"));

        Assert.All(SwedishNames, name => Assert.Contains(name, text, StringComparison.Ordinal));
        Assert.All(FinnishNames, name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
        Assert.Contains("Kostnadsfördelning 2025", text, StringComparison.Ordinal);
        Assert.Contains("Fördelningsmodell: ", text, StringComparison.Ordinal);
        Assert.Contains("Skapad: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("versio", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_Swedish_reader_gets_the_split_workbook_and_csv_with_Swedish_names_only()
    {
        using var client = await InSwedishAsync(await app.SignedInAs("viewer.porvoo@example.fi"));
        using var response = await client.GetAsync($"{Split}/xlsx");
        response.EnsureSuccessStatusCode();
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal(["Fördelning", "Månadsrater"], workbook.Worksheets.Select(w => w.Name));
        foreach (var sheet in workbook.Worksheets)
        {
            var cells = string.Join("\n", sheet.CellsUsed().Where(c => !c.HasFormula).Select(c => c.GetString()));
            Assert.All(SwedishNames, name => Assert.Contains(name, cells, StringComparison.Ordinal));
            Assert.All(FinnishNames, name => Assert.DoesNotContain(name, cells, StringComparison.Ordinal));
        }
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"{Split}/csv"));
        Assert.All(SwedishNames, name => Assert.Contains(name, csv, StringComparison.Ordinal));
        Assert.All(FinnishNames, name => Assert.DoesNotContain(name, csv, StringComparison.Ordinal));
        Assert.StartsWith("\uFEFFKommunnummer;Kommun;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_time_is_Finnish_time_whatever_the_servers_clock_zone()
    {
        // 05:16 UTC on 5 June is 8.16 in Finland (summer time, +3); 06:50 UTC on 5 December is 8.50 (+2).
        foreach (var (utc, finnish) in new[]
        {
            (new DateTimeOffset(2026, 6, 5, 5, 16, 0, TimeSpan.Zero), "5.6.2026 8.16"),
            (new DateTimeOffset(2026, 12, 5, 6, 50, 0, TimeSpan.Zero), "5.12.2026 8.50"),
        })
        {
            await using var atThatTime = app.Factory.WithWebHostBuilder(builder =>
                builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(utc))));
            using var client = await InSwedishAsync(await SignIn.ClientForAsync(atThatTime, "viewer.porvoo@example.fi"));

            Assert.Contains($"Skapad: {finnish}", PdfText(await client.GetByteArrayAsync($"{Split}/pdf")), StringComparison.Ordinal);
            using var response = await client.GetAsync($"{Split}/xlsx");
            using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
            Assert.Contains($"Skapad: {finnish}", workbook.Worksheet(1).Cell(2, 1).GetString(), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpClient> InSwedishAsync(HttpClient client)
    {
        using var response = await Language.SetAsync(client, "sv-FI");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using System.Net;
using TyollisyysAlue.TestSupport;
using UglyToad.PdfPig;

namespace TyollisyysAlue.Web.Tests.Exports;

/// <summary>
/// A member's statement is a PDF in the member's language, whoever reads it: Vaasa (bilingual, Finnish majority) gets
/// Finnish, Närpiö (bilingual, Swedish majority in the register) gets Swedish with its Swedish name, also for an
/// English-language reader; a municipality that is not a member gets "not found".
/// </summary>
[Collection(AppCollection.Name)]
public class MemberStatementTests(AppFixture app)
{
    private const string Statements = "/areas/pohjanmaa/follow-up/statement";

    [Fact]
    public async Task The_statement_is_in_Finnish_for_a_Finnish_majority_member_and_in_Swedish_for_a_Swedish_majority_one()
    {
        using var client = await app.SignedInAs("admin.pohjanmaa@example.fi");
        using var english = await Language.SetAsync(client, "en-FI");

        using var vaasa = await client.GetAsync($"{Statements}/905.pdf?year=2025");
        Assert.Equal(HttpStatusCode.OK, vaasa.StatusCode);
        Assert.Equal("application/pdf", vaasa.Content.Headers.ContentType?.MediaType);
        var finnish = PdfText(await vaasa.Content.ReadAsByteArrayAsync());
        Assert.Contains("Tiliote", finnish, StringComparison.Ordinal);
        Assert.Contains("Vaasa", finnish, StringComparison.Ordinal);
        Assert.Contains("Laskut", finnish, StringComparison.Ordinal);
        Assert.DoesNotContain("Statement", finnish, StringComparison.Ordinal);
        Assert.DoesNotContain("Kontoutdrag", finnish, StringComparison.Ordinal);

        var swedish = PdfText(await client.GetByteArrayAsync($"{Statements}/545.pdf?year=2025"));
        Assert.Contains("Kontoutdrag", swedish, StringComparison.Ordinal);
        Assert.Contains("Närpes", swedish, StringComparison.Ordinal);
        Assert.Contains("Fakturor", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("Tiliote", swedish, StringComparison.Ordinal);
        Assert.DoesNotContain("Närpiö", swedish, StringComparison.Ordinal);

        using var stranger = await client.GetAsync($"{Statements}/638.pdf?year=2025");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Another_areas_user_cannot_download_a_statement()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        using var response = await client.GetAsync($"{Statements}/905.pdf?year=2025");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}

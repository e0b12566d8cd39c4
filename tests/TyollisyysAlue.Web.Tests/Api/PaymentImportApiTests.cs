using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Web.Tests.Api;

/// <summary>POST /api/v1/payments/import: preview, a non-member row refused as a problem naming the row, commit=true once, the same file again saves nothing.</summary>
[Collection(AppCollection.Name)]
public class PaymentImportApiTests(AppFixture app)
{
    private const string Path = "/api/v1/payments/import";

    // Next year: no other test reads Porvoo's payments of that year.
    private static readonly int Year = HelsinkiTime.Today(TimeProvider.System).Year + 1;

    private static MultipartFormDataContent Form(string csv)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "reskontra.csv");
        form.Add(new StringContent(Year.ToString(CultureInfo.InvariantCulture)), "year");
        return form;
    }

    [Fact]
    public async Task An_import_token_previews_saves_once_and_a_non_member_row_is_a_problem_naming_the_row()
    {
        var reference = Guid.NewGuid().ToString("N")[..10];
        var csv = $"Kunta;Maksupäivä;Summa;Viite\r\nLoviisa;15.1.{Year};1 000,00;{reference}-1\r\n434;15.2.{Year};2 000,50;{reference}-2\r\n";
        using var importer = app.WithToken(DemoApiTokens.PorvooImportToken);

        var preview = await (await importer.PostAsync(Path, Form(csv))).JsonAsync();
        Assert.Equal((2, 3_000.50m, false), (preview.GetProperty("payments").GetInt32(), preview.GetProperty("total").GetDecimal(), preview.GetProperty("saved").GetBoolean()));

        var problem = await (await importer.PostAsync(Path + "?commit=true", Form(csv + $"Sipoo;1.3.{Year};5,00;{reference}-3\r\n"))).ProblemAsync(422);
        Assert.Equal("PaymentImport.NotAMember", problem.GetProperty("codes").GetProperty("Rows")[0].GetString());
        Assert.Contains("4", problem.GetProperty("errors").GetProperty("Rows")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Sipoo", problem.GetProperty("errors").GetProperty("Rows")[0].GetString(), StringComparison.Ordinal);

        using var saved = await importer.PostAsync(Path + "?commit=true", Form(csv));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await saved.JsonAsync()).GetProperty("saved").GetBoolean());
        var again = await (await importer.PostAsync(Path + "?commit=true", Form(csv))).ProblemAsync(422);
        Assert.Equal("PaymentImport.NothingNew", again.GetProperty("codes").GetProperty("File")[0].GetString());

        using var reader = app.WithToken(DemoApiTokens.PorvooToken);
        await (await reader.PostAsync(Path, Form(csv))).ProblemAsync(403);
    }
}

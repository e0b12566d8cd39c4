using System.Net;

namespace TyollisyysAlue.Web.Tests.FollowUp;

/// <summary>The follow-up page, the dashboard on the overview and the report downloads, as the server renders them.</summary>
[Collection(AppCollection.Name)]
public class FollowUpPageTests(AppFixture app)
{
    [Fact]
    public async Task A_committee_member_reads_the_follow_up_and_the_dashboard_but_gets_no_import()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var page = await client.GetStringAsync("/areas/porvoo/follow-up");
        Assert.Contains("data-testid=\"follow-up-expense\"", page, StringComparison.Ordinal);
        Assert.Contains("Talousarvio tähän asti", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"ledger-file\"", page, StringComparison.Ordinal);

        var overview = await client.GetStringAsync("/areas/porvoo");
        Assert.Contains("data-testid=\"dashboard-budget\"", overview, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"dashboard-payments\"", overview, StringComparison.Ordinal);
        Assert.Contains("follow-up/report.pdf?year=2025", overview, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK")]
    public async Task The_follow_up_report_downloads_for_the_agenda(string format, string contentType, string magic)
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        using var response = await client.GetAsync($"/areas/porvoo/follow-up/report.{format}?year=2025&month=11");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(bytes, 0, magic.Length));
        if (format == "pdf") Assert.Contains("/StructTreeRoot", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_in_English_keeps_Finnish_numbers_and_states_the_plan_in_force()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        using (var en = await TyollisyysAlue.TestSupport.Language.SetAsync(client, "en-FI")) Assert.Equal(HttpStatusCode.Redirect, en.StatusCode);
        using var response = await client.GetAsync("/areas/kuopio/follow-up/report.docx?year=2025&month=6");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var docx = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(docx.GetEntry("word/document.xml")!.Open());
        var text = System.Text.RegularExpressions.Regex.Replace(await reader.ReadToEndAsync(), "<[^>]+>", "").Replace('\u00A0', ' ');
        Assert.Contains("7 820 000,00 €", text, StringComparison.Ordinal);   // the staff line, planned
        Assert.DoesNotContain("7,820,000.00", text, StringComparison.Ordinal);
        Assert.Contains("In force:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_areas_user_gets_not_found_for_the_report()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        using var response = await client.GetAsync("/areas/porvoo/follow-up/report.pdf?year=2025&month=11");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

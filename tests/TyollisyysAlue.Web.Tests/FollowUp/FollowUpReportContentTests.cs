using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace TyollisyysAlue.Web.Tests.FollowUp;

/// <summary>
/// Issue 15.6: the month report carries the figures the overview shows — the members' unemployment trend (the demo's
/// "unemployed" series) and the goals' linked metrics against baseline and target — in the PDF (Finnish) and the .docx (Swedish).
/// </summary>
[Collection(AppCollection.Name)]
public class FollowUpReportContentTests(AppFixture app)
{
    private static string Report(string format) => $"/areas/kuopio/follow-up/report.{format}?year=2025&month=6";

    private static string Flat(string text) => Regex.Replace(text.Replace('\u00a0', ' ').Replace('\u202f', ' '), "\\s+", "");

    /// <summary>The overview's trend table (month, members in total) and its linked metric's latest figure and period.</summary>
    private static async Task<(List<(string Month, string Value)> Trend, string Latest, string Period)> OverviewAsync(HttpClient client)
    {
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio"));
        Assert.Contains("data-testid=\"unemployment-chart\"", html, StringComparison.Ordinal);
        var table = html[html.IndexOf("data-testid=\"unemployment-trend-table\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var trend = Regex.Matches(table, "<th scope=\"row\"[^>]*>([^<]+)</th><td class=\"num\"[^>]*>([^<]+)</td>")
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        var metric = Regex.Match(html, "Työnhakija-asiakkaat</strong>.*?viimeisin ([\\d\u00a0 ]+) \\((\\d+/\\d{4});", RegexOptions.Singleline);
        Assert.True(metric.Success, "the overview's plan card shows the linked metric's latest value");
        return (trend, metric.Groups[1].Value, metric.Groups[2].Value);
    }

    [Fact]
    public async Task The_pdf_report_has_the_overviews_unemployment_trend_and_the_goal_metric_against_baseline_and_target()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var (trend, latest, period) = await OverviewAsync(client);
        // Demo data runs 1/2024–6/2025: the trend is the last thirteen months, to June 2025.
        Assert.Equal(13, trend.Count);
        Assert.Equal("6/2025", trend[0].Month);

        using var response = await client.GetAsync(Report("pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));

        Assert.Contains(Flat("Jäsenkunnat yhteensä kuukausittain"), text, StringComparison.Ordinal);
        Assert.Contains(Flat("Sarja: Työttömät työnhakijat ja palveluissa olevat"), text, StringComparison.Ordinal);
        Assert.All(trend, row => Assert.Contains(Flat(row.Month + row.Value), text, StringComparison.Ordinal));
        Assert.Contains(Flat("Tavoitteiden mittarit 2025"), text, StringComparison.Ordinal);
        // Goal, metric, series, baseline, target (year), latest, its period.
        Assert.Contains(Flat("Työllisyyden parantaminen"), text, StringComparison.Ordinal);
        Assert.Contains(Flat("Työnhakija-asiakkaat"), text, StringComparison.Ordinal);
        Assert.Contains(Flat($"14 744 13 500 (2027) {latest} {period}"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docx_report_in_Swedish_has_the_goal_metric_row_and_the_trend_table()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var (trend, latest, period) = await OverviewAsync(client);
        using (var sv = await TyollisyysAlue.TestSupport.Language.SetAsync(client, "sv-FI")) Assert.Equal(HttpStatusCode.Redirect, sv.StatusCode);

        using var response = await client.GetAsync(Report("docx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var body = word.MainDocumentPart!.Document.Body!;
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText.Replace('\u00a0', ' ')).ToList()).ToList();

        var goal = Assert.Single(rows, r => r.Contains("Työnhakija-asiakkaat"));
        Assert.Equal(["Työllisyyden parantaminen", "Työnhakija-asiakkaat"], goal.Take(2));
        Assert.Equal(["14 744", "13 500 (2027)", latest.Replace('\u00a0', ' '), period], goal.Skip(3).Take(4));
        // The demo's latest month (June, seasonally high) is above the November baseline: away from the target, in Swedish.
        Assert.StartsWith("Bort från målet", goal[8], StringComparison.Ordinal);
        Assert.Contains("Målens mätare 2025", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Medlemskommunerna sammanlagt per månad", body.InnerText, StringComparison.Ordinal);
        Assert.All(trend, t => Assert.Contains(rows, r => r.SequenceEqual([t.Month, t.Value.Replace('\u00a0', ' ')])));
    }
}

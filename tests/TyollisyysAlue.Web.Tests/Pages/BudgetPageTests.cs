using TyollisyysAlue.TestSupport;
using System.Net;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Web.Tests.Pages;

[Collection(AppCollection.Name)]
public partial class BudgetPageTests(AppFixture app)
{
    [Fact]
    public async Task Kuopio_split_shares_the_budget_minus_the_direct_and_external_parts_and_adds_up()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/budget?year=2025"));
        // 17 500 000 expenses − 2 015 000 Kuopio's own services − 210 000 external funding.
        Assert.Contains("15 275 000,00 €", Nbsp(html), StringComparison.Ordinal);
        Assert.Contains("17 290 000,00 €", Nbsp(TestId(html, "grand-total")), StringComparison.Ordinal);
        Assert.Equal(11, RowTotals().Count(html));
        var rowSum = RowTotals().Matches(html).Sum(m => decimal.Parse(Nbsp(m.Groups[1].Value).Replace(" ", "", StringComparison.Ordinal), System.Globalization.CultureInfo.GetCultureInfo("fi-FI")));
        Assert.Equal(17_290_000.00m, rowSum);
        Assert.Contains("demo-data", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kuopio_budget_makes_its_270_000_euro_gap_visible()
    {
        using var client = await app.SignedInAs("admin.kuopio@example.fi");
        var html = Nbsp(WebUtility.HtmlDecode(await client.GetStringAsync("/areas/kuopio/budget?year=2025")));
        Assert.Contains("budget.income-lines-differ-from-total", html, StringComparison.Ordinal);
        Assert.Contains("erotus 270 000,00 €", html, StringComparison.Ordinal);
        Assert.Contains("budget.margin-not-zero", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_a_key_says_so()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/budget?year=2027");
        Assert.Contains("data-testid=\"no-key\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_the_split_but_no_edit_controls()
    {
        using var client = await app.SignedInAs("viewer.porvoo@example.fi");
        var html = await client.GetStringAsync("/areas/porvoo/budget?year=2025");
        Assert.Contains("data-testid=\"split-table\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-line\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_split_reads_in_swedish_for_a_bilingual_area()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        await Language.SetAsync(client, "sv-FI");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/budget?year=2025"));
        Assert.Contains("Invånare 18–64 år", html, StringComparison.Ordinal);
        Assert.Contains("Kostnadsfördelning", html, StringComparison.Ordinal);
        Assert.Contains("Lovisa", html, StringComparison.Ordinal);
        Assert.Contains("12 970 000,00 €", Nbsp(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Porvoos_preparation_costs_are_split_by_population_alone_and_kept_out_of_the_main_split()
    {
        using var client = await app.SignedInAs("committee.porvoo@example.fi");
        var main = Nbsp(WebUtility.HtmlDecode(await client.GetStringAsync("/areas/porvoo/budget?year=2025")));
        Assert.Contains("12 820 000,00 €", TestId(main, "shared-amount"), StringComparison.Ordinal);
        Assert.Contains("150 000,00 €", TestId(main, "investments"), StringComparison.Ordinal);
        Assert.Contains("12 970 000,00 €", TestId(main, "grand-total"), StringComparison.Ordinal);
        Assert.DoesNotContain("budget.margin-not-zero", main, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"key-select\"", main, StringComparison.Ordinal);

        var preparation = Nbsp(WebUtility.HtmlDecode(await client.GetStringAsync(
            $"/areas/porvoo/budget?year=2025&key={Infrastructure.Seeding.DemoBudgets.PorvooPreparationKey}")));
        Assert.Contains("180 000,00 €", TestId(preparation, "grand-total"), StringComparison.Ordinal);
        Assert.Contains("Asukasluku", preparation, StringComparison.Ordinal);
        Assert.Equal(6, RowTotals().Count(preparation));
    }

    private static string Nbsp(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static string TestId(string html, string id) =>
        Regex.Match(html, $"data-testid=\"{id}\"[^>]*>(.*?)</(?:td|dd)>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("data-testid=\"row-total\"><strong>([^<]+) €</strong>")]
    private static partial Regex RowTotals();
}

using TyollisyysAlue.Texts;
using TyollisyysAlue.Application.Plans.Export;
using TyollisyysAlue.Application.Plans.LiveBlocks;
using TyollisyysAlue.Infrastructure.Exports.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace TyollisyysAlue.Infrastructure.Tests.Plans;

/// <summary>Table columns in the PDF are sized by their content: amounts stay on one line beside a long text column.</summary>
public class PlanPdfTableTests
{
    private const string Amount = "16 656 000,00 €";

    private static readonly string Reasoning = string.Join(' ', Enumerable.Repeat(
        "Maksuosuus perustuu asukkaiden, työnhakijoiden ja vieraskielisten määrään talousarviovuoden kuukausien keskiarvona.", 3));

    private static PlanDocument Document() => new("fi", "Palveluiden järjestämissuunnitelma", "Kuopion työllisyysalue", "5.12.2024",
        new DateOnly(2024, 12, 5), new TextCode("PlanExport.Status.Draft"),
        [new("1", "Rahoitus", 1, "Kuntien maksuosuudet.", [new LiveTable(LiveBlockKind.CostSplit, "Maksuosuudet 2025 (demo)",
            [new("Kunta"), new("Perustelu"), new("Asukkaat 18–64", Numeric: true), new("Maksuosuus, €", Numeric: true), new("Ennakko kuukaudessa, €", Numeric: true)],
            [
                ["Kuopio", Reasoning, "75 432", Amount, "1 388 000,00 €"],
                ["Siilinjärvi", Reasoning, "12 345", "1 234 567,89 €", "102 880,66 €"],
            ],
            ["Yhteensä", "", "87 777", "17 890 567,89 €", "1 490 880,66 €"])])]);

    /// <summary>The letters that spell <paramref name="text"/> (spaces aside), first occurrence on the page.</summary>
    private static List<Letter> Spelling(Page page, string text)
    {
        var wanted = text.Replace(" ", "", StringComparison.Ordinal);
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var joined = string.Concat(letters.Select(l => l.Value));
        var at = joined.IndexOf(wanted, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' is on the page");
        return letters.GetRange(at, wanted.Length);
    }

    [Fact]
    public void A_money_column_keeps_each_amount_on_one_line_and_the_table_stays_inside_the_margins()
    {
        using var pdf = PdfDocument.Open(PlanPdfExporter.Render(Document()));
        var page = pdf.GetPages().First(p => p.Text.Contains("Maksuosuudet 2025", StringComparison.Ordinal));
        foreach (var amount in new[] { Amount, "1 234 567,89 €", "17 890 567,89 €", "1 490 880,66 €" })
        {
            var letters = Spelling(page, amount);
            Assert.Single(letters.Select(l => Math.Round(l.StartBaseLine.Y, 1)).Distinct());
        }
        // The long text column wraps instead, and nothing crosses the right margin.
        var reasoning = Spelling(page, "Maksuosuus perustuu asukkaiden, työnhakijoiden");
        Assert.True(page.Letters.Count(l => l.Value == "M" && Math.Abs(l.StartBaseLine.X - reasoning[0].StartBaseLine.X) < 0.1) >= 2,
            "the reasoning starts lines at the column's left edge");
        Assert.All(page.Letters, l => Assert.InRange(l.BoundingBox.Right, 0, 595 - 62 + 1));
    }
}

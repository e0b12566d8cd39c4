using TyollisyysAlue.Application.Plans;
using TyollisyysAlue.Application.Plans.Import;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Application.Tests.Plans.Import;

/// <summary>The six points of §15(4) found by their letter and by their Finnish and Swedish wording.</summary>
public class StatutoryMatcherTests
{
    private static StatutorySection? PointOf(string heading) =>
        StatutoryMatcher.Match([(heading, 1)]) is { Count: 1 } match ? match.Single().Key : null;

    [Theory]
    [InlineData("Taloudelliset ja henkilöstövoimavarat", StatutorySection.Resources)]
    [InlineData("1.2 Taloudelliset resurssit", StatutorySection.Resources)]
    [InlineData("Palvelujen tuottamista ja kohdentamista koskevat ratkaisut", StatutorySection.ServiceProduction)]
    [InlineData("Toimipisteiden määrä ja sijoittuminen", StatutorySection.Offices)]
    [InlineData("2.1 Lähipalvelut ja palvelupisteet", StatutorySection.Offices)]
    [InlineData("Yhteistyötahot", StatutorySection.Partners)]
    [InlineData("Työperäisen maahanmuuton edistäminen", StatutorySection.ImmigrationAndMobility)]
    [InlineData("Kohtaannon ja työvoiman liikkuvuuden edistäminen", StatutorySection.ImmigrationAndMobility)]
    [InlineData("Varautuminen rakennemuutostilanteisiin", StatutorySection.StructuralChange)]
    [InlineData("Ekonomiska resurser och personalresurser", StatutorySection.Resources)]
    [InlineData("Beslut om tillhandahållande och fördelning av tjänster", StatutorySection.ServiceProduction)]
    [InlineData("Antal och placering av verksamhetsställen", StatutorySection.Offices)]
    [InlineData("Partner och samarbetsformer", StatutorySection.Partners)]
    [InlineData("Främja arbetskraftsmigration, matchning på arbetsmarknaden och arbetskraftens rörlighet", StatutorySection.ImmigrationAndMobility)]
    [InlineData("Beredskap för strukturomvandlingssituationer", StatutorySection.StructuralChange)]
    public void A_heading_is_matched_by_its_finnish_or_swedish_wording(string heading, StatutorySection point) =>
        Assert.Equal(point, PointOf(heading));

    [Theory]
    [InlineData("a) Johdanto", StatutorySection.Resources)]
    [InlineData("c) Muuta", StatutorySection.Offices)]
    [InlineData("(f) Loppusanat", StatutorySection.StructuralChange)]
    [InlineData("3.2 e) Liikkuvuus ja maahanmuutto", StatutorySection.ImmigrationAndMobility)]
    public void The_points_letter_at_the_start_decides_over_the_wording(string heading, StatutorySection point) =>
        Assert.Equal(point, PointOf(heading));

    [Theory]
    [InlineData("Johdanto")]
    [InlineData("Tavoitteet ja mittarit")]
    [InlineData("Digitaalisten palveluiden kehittäminen")]
    [InlineData("g) Muut asiat")]
    public void Headings_of_other_matters_match_no_point(string heading) => Assert.Null(PointOf(heading));

    [Fact]
    public void The_plans_own_default_headings_in_both_languages_match_their_points()
    {
        foreach (var language in new[] { "fi", "sv" })
        {
            var headings = StatutorySections.All.Select(p => (TyollisyysAlue.Texts.TextTable.In(language).Of("Plan.Statutory", p), 1)).ToList();
            var matches = StatutoryMatcher.Match(headings);
            Assert.Equal(StatutorySections.All.Select((p, i) => (p, i)), matches.OrderBy(m => m.Value).Select(m => (m.Key, m.Value)));
        }
    }

    [Fact]
    public void Each_point_goes_to_one_heading_and_each_heading_to_one_point_the_best_fit_and_a_main_section_first()
    {
        var matches = StatutoryMatcher.Match([
            ("Palvelutuotanto", 2),                                   // b) by a general word, a subsection
            ("Palvelutuotanto-organisaatio", 1),                      // the same score, a main section: b)
            ("b) Palvelujen tuottaminen", 2),                         // …but the letter wins
            ("Taloudelliset ja henkilöstövoimavarat sekä kohdentaminen", 1), // a), not also b) though "kohdentaminen" fits b)
        ]);
        Assert.Equal(2, matches[StatutorySection.ServiceProduction]);
        Assert.Equal(3, matches[StatutorySection.Resources]);
        Assert.Equal(2, matches.Count);
    }
}

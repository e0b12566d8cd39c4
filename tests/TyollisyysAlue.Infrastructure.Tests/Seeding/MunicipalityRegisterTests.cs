using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Infrastructure.Seeding;

namespace TyollisyysAlue.Infrastructure.Tests.Seeding;

/// <summary>The shipped register against facts of its sources (Statistics Finland's 2026 classification; the language decree 2023–2032).</summary>
public class MunicipalityRegisterTests
{
    private static RegisterSeedRow Row(string code) => MunicipalityRegister.Rows.Single(r => r.Code == MunicipalityCode.Parse(code));

    [Fact]
    public void Finland_has_308_municipalities_and_pertunmaa_merged_into_mantyharju_on_1_january_2025()
    {
        Assert.Equal(308, MunicipalityRegister.Rows.Count(r => r.MergedInto is null));
        Assert.Equal(MunicipalityRegister.Rows.Count, MunicipalityRegister.Rows.Select(r => r.Code).Distinct().Count());
        var pertunmaa = Row("588");
        Assert.Equal(("Pertunmaa", "507", new DateOnly(2025, 1, 1)), (pertunmaa.NameFi, pertunmaa.MergedInto?.Value, pertunmaa.MergedOn));
        Assert.Equal(new DateOnly(2026, 1, 1), MunicipalityRegister.ValidFrom);
        Assert.Contains("kunta_1_20260101", MunicipalityRegister.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_status_follows_the_decree_33_bilingual_and_16_swedish_on_aland()
    {
        var active = MunicipalityRegister.Rows.Where(r => r.MergedInto is null).ToList();
        Assert.Equal(18, active.Count(r => r.Status == LanguageStatus.BilingualFinnishMajority));
        Assert.Equal(15, active.Count(r => r.Status == LanguageStatus.BilingualSwedishMajority));
        Assert.Equal(16, active.Count(r => r.Status == LanguageStatus.Swedish));
        Assert.Equal(("Porvoo", "Borgå", LanguageStatus.BilingualFinnishMajority), (Row("638").NameFi, Row("638").NameSv, Row("638").Status));
        Assert.Equal(("Kaskinen", "Kaskö", LanguageStatus.BilingualFinnishMajority), (Row("231").NameFi, Row("231").NameSv, Row("231").Status));
        Assert.Equal(LanguageStatus.BilingualFinnishMajority, Row("504").Status); // Myrskylä – Mörskom
        Assert.Equal(LanguageStatus.BilingualSwedishMajority, Row("545").Status); // Närpiö – Närpes, since 2016
        Assert.Equal(LanguageStatus.BilingualSwedishMajority, Row("440").Status); // Luoto – Larsmo, since 2015
        Assert.Equal((LanguageStatus.Swedish, "Mariehamn"), (Row("478").Status, Row("478").NameSv));
        Assert.Equal((LanguageStatus.Finnish, "Lahtis"), (Row("398").Status, Row("398").NameSv));
        Assert.Equal((LanguageStatus.Finnish, (string?)null), (Row("297").Status, Row("297").NameSv));
    }

    [Fact]
    public void Every_municipality_of_the_seeds_is_in_the_register_with_its_code()
    {
        (string Code, string Fi)[] seeds = [("018", "Askola"), ("049", "Espoo"), ("235", "Kauniainen"), ("297", "Kuopio"), ("398", "Lahti"),
            ("407", "Lapinjärvi"), ("434", "Loviisa"), ("616", "Pukkila"), ("753", "Sipoo"), ("905", "Vaasa"), ("946", "Vöyri"), ("598", "Pietarsaari")];
        Assert.All(seeds, s => Assert.Equal(s.Fi, Row(s.Code).NameFi));
    }

    [Fact]
    public void Every_seeded_municipality_has_the_language_status_the_seeds_and_the_decree_give()
    {
        // Issue 12.10: Kaskinen was shown as Swedish-majority. The seeds' municipalities (domain brief) and which of them
        // are bilingual (Myrskylä too, by the decree), the majority language from the decree 2023–2032 (Kotus's list).
        string[] finnish = ["018", "616", "297", "204", "239", "402", "686", "687", "749", "778", "844", "857", "921", "398", "399"];
        (string Code, LanguageStatus Status)[] bilingual =
        [
            ("638", LanguageStatus.BilingualFinnishMajority), ("407", LanguageStatus.BilingualFinnishMajority), ("434", LanguageStatus.BilingualFinnishMajority),
            ("753", LanguageStatus.BilingualFinnishMajority), ("049", LanguageStatus.BilingualFinnishMajority), ("235", LanguageStatus.BilingualFinnishMajority),
            ("905", LanguageStatus.BilingualFinnishMajority), ("287", LanguageStatus.BilingualSwedishMajority), ("231", LanguageStatus.BilingualFinnishMajority),
            ("598", LanguageStatus.BilingualSwedishMajority), ("893", LanguageStatus.BilingualSwedishMajority), ("946", LanguageStatus.BilingualSwedishMajority),
            ("499", LanguageStatus.BilingualSwedishMajority), ("475", LanguageStatus.BilingualSwedishMajority), ("545", LanguageStatus.BilingualSwedishMajority),
            ("280", LanguageStatus.BilingualSwedishMajority), ("504", LanguageStatus.BilingualFinnishMajority),
        ];
        Assert.All(bilingual, b => Assert.Equal((b.Code, b.Status), (b.Code, Row(b.Code).Status)));
        Assert.All(finnish, c => Assert.Equal((c, LanguageStatus.Finnish), (c, Row(c).Status)));
    }
}

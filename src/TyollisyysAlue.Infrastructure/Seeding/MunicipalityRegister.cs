using TyollisyysAlue.Domain.Municipalities;
using static TyollisyysAlue.Domain.Municipalities.LanguageStatus;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// The municipalities of the seed documents with Statistics Finland codes, Swedish names and language status
/// (../shared/domain.md). The full national register is imported by the system administrator.
/// </summary>
public static class MunicipalityRegister
{
    public static IReadOnlyList<Municipality> SeedMunicipalities { get; } =
    [
        M("018", "Askola", null, Finnish),
        M("049", "Espoo", "Esbo", BilingualFinnishMajority),
        M("204", "Kaavi", null, Finnish),
        M("231", "Kaskinen", "Kaskö", BilingualSwedishMajority),
        M("235", "Kauniainen", "Grankulla", BilingualFinnishMajority),
        M("239", "Keitele", null, Finnish),
        M("280", "Korsnäs", "Korsnäs", BilingualSwedishMajority),
        M("287", "Kristiinankaupunki", "Kristinestad", BilingualSwedishMajority),
        M("297", "Kuopio", null, Finnish),
        M("398", "Lahti", "Lahtis", Finnish),
        M("399", "Laihia", "Laihela", Finnish),
        M("402", "Lapinlahti", null, Finnish),
        M("407", "Lapinjärvi", "Lappträsk", BilingualFinnishMajority),
        M("434", "Loviisa", "Lovisa", BilingualFinnishMajority),
        M("475", "Maalahti", "Malax", BilingualSwedishMajority),
        M("499", "Mustasaari", "Korsholm", BilingualSwedishMajority),
        M("504", "Myrskylä", "Mörskom", Finnish),
        M("545", "Närpiö", "Närpes", BilingualSwedishMajority),
        M("598", "Pietarsaari", "Jakobstad", BilingualSwedishMajority),
        M("616", "Pukkila", null, Finnish),
        M("638", "Porvoo", "Borgå", BilingualFinnishMajority),
        M("686", "Rautalampi", null, Finnish),
        M("687", "Rautavaara", null, Finnish),
        M("749", "Siilinjärvi", null, Finnish),
        M("753", "Sipoo", "Sibbo", BilingualFinnishMajority),
        M("778", "Suonenjoki", null, Finnish),
        M("844", "Tervo", null, Finnish),
        M("857", "Tuusniemi", null, Finnish),
        M("893", "Uusikaarlepyy", "Nykarleby", BilingualSwedishMajority),
        M("905", "Vaasa", "Vasa", BilingualFinnishMajority),
        M("921", "Vesanto", null, Finnish),
        M("946", "Vöyri", "Vörå", BilingualSwedishMajority),
    ];

    private static Municipality M(string code, string fi, string? sv, LanguageStatus status) =>
        new(MunicipalityCode.Parse(code), fi, sv, status);
}

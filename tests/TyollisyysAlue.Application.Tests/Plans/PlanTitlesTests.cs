using TyollisyysAlue.Application.Plans.Export;

namespace TyollisyysAlue.Application.Tests.Plans;

public class PlanTitlesTests
{
    [Theory]
    [InlineData("Kuopion työllisyysalue: Palveluiden järjestämissuunnitelma", "Kuopion työllisyysalue", "Palveluiden järjestämissuunnitelma")]
    [InlineData("Kuopion työllisyysalue – Palveluiden järjestämissuunnitelma", "Kuopion työllisyysalue", "Palveluiden järjestämissuunnitelma")]
    [InlineData("Palveluiden järjestämissuunnitelma", "Kuopion työllisyysalue", "Palveluiden järjestämissuunnitelma")]
    [InlineData("Porvoon työllisyysalueen TE-palvelut: Palveluiden järjestämissuunnitelma", "Porvoon työllisyysalue", "Porvoon työllisyysalueen TE-palvelut: Palveluiden järjestämissuunnitelma")]
    [InlineData("Kuopion työllisyysalue", "Kuopion työllisyysalue", "Kuopion työllisyysalue")]
    [InlineData("Borgå sysselsättningsområde: Plan för ordnandet av tjänster", "Borgå sysselsättningsområde", "Plan för ordnandet av tjänster")]
    public void A_leading_area_name_and_its_separator_are_taken_off_the_title(string stored, string area, string expected) =>
        Assert.Equal(expected, PlanTitles.WithoutAreaName(stored, area));
}

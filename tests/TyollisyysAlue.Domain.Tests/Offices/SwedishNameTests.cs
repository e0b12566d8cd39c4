using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;

namespace TyollisyysAlue.Domain.Tests.Offices;

/// <summary>Offices and partners show their Swedish name in Swedish and fall back to the Finnish name, like municipalities.</summary>
public class SwedishNameTests
{
    [Theory]
    [InlineData("sv", "Servicetorget i Lovisa", "Servicetorget i Lovisa")]
    [InlineData("fi", "Servicetorget i Lovisa", "Palvelutori, Loviisa")]
    [InlineData("en", "Servicetorget i Lovisa", "Palvelutori, Loviisa")]
    [InlineData("sv", null, "Palvelutori, Loviisa")]
    [InlineData("sv", "  ", "Palvelutori, Loviisa")]
    public void A_service_point_is_named_in_the_language_or_in_Finnish(string language, string? nameSv, string expected)
    {
        var point = new ServicePoint(Guid.NewGuid(), Guid.NewGuid(), "Palvelutori, Loviisa", MunicipalityCode.Parse("434"), OfficeType.Palvelutori) { NameSv = nameSv };
        Assert.Equal(expected, point.NameIn(language));
    }

    [Theory]
    [InlineData("sv", "FPA")]
    [InlineData("fi", "Kela")]
    [InlineData("en", "Kela")]
    public void A_partner_is_named_in_the_language_or_in_Finnish(string language, string expected)
    {
        var partner = new Partner(Guid.NewGuid(), Guid.NewGuid(), "Kela", PartnerKind.Kela, StatutorySection.Partners) { NameSv = "FPA" };
        Assert.Equal(expected, partner.NameIn(language));
        Assert.Equal("Kela", new Partner(Guid.NewGuid(), Guid.NewGuid(), "Kela", PartnerKind.Kela, StatutorySection.Partners).NameIn("sv"));
    }
}

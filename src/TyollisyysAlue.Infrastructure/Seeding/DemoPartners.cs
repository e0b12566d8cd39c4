using TyollisyysAlue.Domain.Partners;
using TyollisyysAlue.Domain.Plans;
using static TyollisyysAlue.Domain.Partners.PartnerKind;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>Partners the seeds name (with Swedish names in the bilingual areas); contact persons and agreement dates are demo (flagged).</summary>
public static class DemoPartners
{
    public static IEnumerable<Partner> For(Guid area)
    {
        if (area == DemoAreas.Porvoo)
        {
            yield return P(area, "Itä-Uudenmaan hyvinvointialue", WellbeingCounty, StatutorySection.Partners, "Monialainen yhteispalvelu, työkykyarviot", new(2024, 11, 1), new(2025, 11, 1),
                "Östra Nylands välfärdsområde");
            yield return P(area, "Kela", Kela, StatutorySection.Partners, "Työttömyysturva ja kuntoutus, yhteiset asiakkaat", null, null, "FPA");
            yield return P(area, "Uudenmaan ELY-keskus", ElyCentre, StatutorySection.StructuralChange, "Muutosturva, rakennemuutokset", null, null, "NTM-centralen i Nyland");
            yield return P(area, "KEHA-keskus", KehaCentre, StatutorySection.Partners, "Tiedolla johtamisen työkalut, tulos- ja vaikutusarvioiden seuranta", null, null,
                "KEHA-centret");
        }
        else if (area == DemoAreas.EspooKauniainen)
        {
            yield return P(area, "Länsi-Uudenmaan hyvinvointialue", WellbeingCounty, StatutorySection.Partners, "Monialaisen palvelun asiakkaat yhdessä", new(2024, 12, 1), new(2025, 12, 1));
            yield return P(area, "Ohjaamoverkosto", ThirdSector, StatutorySection.ServiceProduction, "Nuorten palvelut Ohjaamotalossa", null, null);
            yield return P(area, "Business Espoo", BusinessDevelopment, StatutorySection.ImmigrationAndMobility, "Työnantajapalvelut osana Business Espoo -verkostoa", null, null);
            yield return P(area, "Omnia", EducationProvider, StatutorySection.ServiceProduction, "Sidosyksikkö: koulutus ja valmennus", new(2024, 6, 1), new(2025, 6, 1));
        }
        else if (area == DemoAreas.Kuopio)
        {
            yield return P(area, "Pohjois-Savon hyvinvointialue", WellbeingCounty, StatutorySection.Partners, "Monialainen yhteispalvelu, työkyky", new(2024, 12, 5), new(2025, 12, 5));
            yield return P(area, "Kela", Kela, StatutorySection.Partners, "Työttömyysturva, kuntoutus", null, null);
            yield return P(area, "Pohjois-Savon ELY-keskus", ElyCentre, StatutorySection.StructuralChange, "Rakennemuutokset, muutosturva", null, null);
            yield return P(area, "Savon muut työllisyysalueet", OtherEmploymentArea, StatutorySection.ImmigrationAndMobility, "Ylialueelliset palvelut ja myynti", null, null);
        }
        else if (area == DemoAreas.Lahti)
        {
            yield return P(area, "Koulutuskeskus Salpaus", EducationProvider, StatutorySection.ServiceProduction, "Ohjaamon kaltainen toiminta, koulutus", new(2024, 12, 12), new(2025, 12, 12));
        }
        else if (area == DemoAreas.Pohjanmaa)
        {
            yield return P(area, "Pohjanmaan hyvinvointialue", WellbeingCounty, StatutorySection.Partners, "Monialainen yhteispalvelu – sektorsövergripande samservice", new(2024, 1, 1), new(2024, 12, 31),
                "Österbottens välfärdsområde");
            yield return P(area, "Vamia", EducationProvider, StatutorySection.ServiceProduction, "Koulutus ja valmennus", null, null);
            yield return P(area, "VASEK", BusinessDevelopment, StatutorySection.ImmigrationAndMobility, "Yrityspalvelut, työperäinen maahanmuutto", null, null);
            yield return P(area, "Kela", Kela, StatutorySection.Partners, "Työttömyysturva ja kuntoutus – arbetslöshetsskydd och rehabilitering", null, null, "FPA");
            yield return P(area, "Pohjanmaan ELY-keskus", ElyCentre, StatutorySection.StructuralChange, "Nuorten, työllistämisen ja kotoutumisen työryhmät", null, null,
                "NTM-centralen i Österbotten");
        }
    }

    internal static Partner P(Guid area, string name, PartnerKind kind, StatutorySection section, string cooperation, DateOnly? agreed, DateOnly? review,
        string? nameSv = null) =>
        new(Guid.NewGuid(), area, name, kind, section)
        {
            NameSv = nameSv, Cooperation = cooperation, ContactPerson = "Yhteyshenkilö (demo)", IsDemo = true,
            Agreement = agreed is null ? null : "Yhteistyösopimus (demo)", AgreementDate = agreed, ReviewDate = review,
        };
}

using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;
using static TyollisyysAlue.Domain.Offices.OfficeType;
using static TyollisyysAlue.Domain.Offices.ServiceChannels;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>
/// Service points from the seeds' own words: Porvoo's permanent point in the centre and palvelutorit in the members
/// (fi/sv); Espoo's Matinkylä and Leppävaara, Ohjaamotalo and a palvelutori; Kuopio's offices, districts and Ohjaamo
/// points; Lahti's Ohjaamo; Vaasa and the Suupohja coast. Addresses and hours the seeds do not give are demo (flagged),
/// except Kuopio's Asemakatu 7. Members the seeds give no point for stay uncovered (Kauniainen, most of Pohjanmaa).
/// Points in the bilingual areas (Porvoo, Espoo, Pohjanmaa) carry their Swedish names.
/// </summary>
public static class DemoOffices
{
    private const ServiceChannels All = OnSite | Phone | Video | Digital;

    public static IEnumerable<ServicePoint> For(Guid area)
    {
        if (area == DemoAreas.Porvoo)
        {
            yield return Point(area, "Porvoon palvelupiste", "638", MainOffice, "Porvoon keskusta (demo: tarkka osoite)", walkIn: true, "fi,sv",
                nameSv: "Servicepunkten i Borgå");
            foreach (var (code, name, sv) in new[] { ("018", "Askola", "Askola"), ("407", "Lapinjärvi", "Lappträsk"), ("434", "Loviisa", "Lovisa"),
                         ("504", "Myrskylä", "Mörskom"), ("616", "Pukkila", "Pukkila") })
                yield return Point(area, $"Palvelutori, {name}", code, Palvelutori, $"Kunnan osoittamat tilat, {name} (demo)", walkIn: false, "fi,sv",
                    nameSv: $"Servicetorget i {sv}");
        }
        else if (area == DemoAreas.EspooKauniainen)
        {
            yield return Point(area, "Matinkylän palvelupiste", "049", MainOffice, "Iso Omena, Matinkylä (demo: tarkka osoite)", walkIn: true, "fi,sv,en", district: "Matinkylä", nameSv: "Servicepunkten i Mattby");
            yield return Point(area, "Leppävaaran palvelupiste", "049", MainOffice, "Kauppakeskus Sello, Leppävaara (demo: tarkka osoite)", walkIn: true, "fi,sv,en", district: "Leppävaara", nameSv: "Servicepunkten i Alberga");
            yield return Point(area, "Ohjaamotalo", "049", Ohjaamo, "Espoo (demo: osoite)", walkIn: true, "fi,sv,en", nameSv: "Navigatorhuset");
            yield return Point(area, "Palvelutori, Espoon keskus", "049", Palvelutori, "Espoon keskus (demo)", walkIn: true, "fi,en", district: "Espoon keskus", nameSv: "Servicetorget i Esbo centrum");
        }
        else if (area == DemoAreas.Kuopio)
        {
            yield return Point(area, "Kuopion työllisyyspalvelut", "297", MainOffice, "Asemakatu 7, Kuopio", walkIn: true, "fi,en", demo: false);
            yield return Point(area, "Siilinjärven toimipiste", "749", FullTime, "Siilinjärvi (demo: osoite)", walkIn: true, "fi");
            foreach (var (code, name) in new[] { ("204", "Kaavi"), ("239", "Keitele"), ("402", "Lapinlahti"), ("686", "Rautalampi"), ("687", "Rautavaara"),
                         ("778", "Suonenjoki"), ("844", "Tervo"), ("857", "Tuusniemi"), ("921", "Vesanto") })
                yield return Point(area, $"Ajanvarauspiste, {name}", code, ByAppointment, $"{name} (demo: osoite)", walkIn: false, "fi");
            foreach (var district in new[] { "Juankoski", "Maaninka", "Nilsiä" })
                yield return Point(area, $"Ajanvarauspiste, {district}", "297", ByAppointment, $"{district} (demo: osoite)", walkIn: false, "fi", district: district);
            yield return Point(area, "Ohjaamo Kuopio", "297", Ohjaamo, "Kuopio (demo: osoite)", walkIn: true, "fi,en");
            yield return Point(area, "Ohjaamo Suonenjoki", "778", Ohjaamo, "Suonenjoki (demo: osoite)", walkIn: true, "fi");
        }
        else if (area == DemoAreas.Lahti)
        {
            yield return Point(area, "Lahden työllisyyspalvelut", "398", MainOffice, "Lahti (demo: osoite)", walkIn: true, "fi,en");
            yield return Point(area, "Ohjaamo Lahti", "398", Ohjaamo, "Lahti (demo: osoite)", walkIn: true, "fi,en");
        }
        else if (area == DemoAreas.Pohjanmaa)
        {
            yield return Point(area, "Vaasan toimipiste", "905", MainOffice, "Vaasa (demo: osoite)", walkIn: true, "fi,sv", nameSv: "Vasa verksamhetsställe");
            yield return Point(area, "Närpiön toimipiste", "545", FullTime, "Närpiö (demo: osoite)", walkIn: false, "sv,fi", nameSv: "Närpes verksamhetsställe");
        }
    }

    internal static ServicePoint Point(Guid area, string name, string code, OfficeType type, string address, bool walkIn,
        string languages, string? district = null, bool demo = true, string? nameSv = null) => new(Guid.NewGuid(), area, name, MunicipalityCode.Parse(code), type)
    {
        NameSv = nameSv, Address = address, WalkIn = walkIn, District = district, Languages = languages.Split(',').ToList(), IsDemo = demo,
        Channels = type is MainOffice or FullTime ? All : OnSite | Phone,
        OpeningHours = type switch { MainOffice or FullTime => "ma–pe 9–16 (demo)", ByAppointment => "ajanvarauksella", _ => null },
    };
}

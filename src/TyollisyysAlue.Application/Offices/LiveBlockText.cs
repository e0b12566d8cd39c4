using TyollisyysAlue.Application.Plans.LiveBlocks;
using System.Globalization;
using TyollisyysAlue.Domain.Offices;
using TyollisyysAlue.Domain.Staffing;

namespace TyollisyysAlue.Application.Offices;

/// <summary>The few words the offices and staffing live tables need, in fi, sv and en (the plan's language, not the UI's).</summary>
public static class LiveBlockText
{
    private static readonly Dictionary<string, (string Fi, string Sv, string En)> Words = new()
    {
        ["OfficesCaption"] = ("Toimipisteet", "Verksamhetsställen", "Offices"),
        ["Office"] = ("Toimipiste", "Verksamhetsställe", "Office"),
        ["Municipality"] = ("Kunta", "Kommun", "Municipality"),
        ["Type"] = ("Tyyppi", "Typ", "Type"),
        ["WalkIn"] = ("Ilman ajanvarausta", "Utan tidsbokning", "Walk-in"),
        ["Channels"] = ("Kanavat", "Kanaler", "Channels"),
        ["Languages"] = ("Kielet", "Språk", "Languages"),
        ["Yes"] = ("kyllä", "ja", "yes"),
        ["No"] = ("ei", "nej", "no"),
        ["StaffingCaption"] = ("Henkilöstö (htv)", "Personal (årsverken)", "Staff (person-years)"),
        ["Process"] = ("Avainprosessi", "Nyckelprocess", "Key process"),
        ["Total"] = ("Yhteensä", "Totalt", "Total"),
        ["Unspecified"] = ("Ei eritelty", "Ej specificerat", "Not specified"),
        ["Supplementary"] = ("Kunnan rahoittama lisähenkilöstö", "Kommunfinansierad tilläggspersonal", "Municipality-funded supplementary staff"),
        ["Transfer"] = ("Siirtyvä henkilöstö {0} htv, tarve {1} htv ({2} %).", "Personal som överförs {0} årsverken, behov {1} årsverken ({2} %).", "Transferring staff {0} person-years, need {1} person-years ({2} %)."),
        [nameof(OfficeType.MainOffice)] = ("pääpalvelupiste", "huvudverksamhetsställe", "main office"),
        [nameof(OfficeType.FullTime)] = ("kokoaikainen", "heltid", "full-time"),
        [nameof(OfficeType.ByAppointment)] = ("osa-aikainen, ajanvarauksella", "deltid, med tidsbokning", "part-time by appointment"),
        [nameof(OfficeType.Palvelutori)] = ("palvelutori", "servicetorg", "service marketplace"),
        [nameof(OfficeType.Ohjaamo)] = ("Ohjaamo", "Navigatorn", "Ohjaamo youth point"),
        [nameof(OfficeType.PopUp)] = ("pop-up", "pop-up", "pop-up"),
        [nameof(ServiceChannels.OnSite)] = ("paikan päällä", "på plats", "on site"),
        [nameof(ServiceChannels.Phone)] = ("puhelin", "telefon", "phone"),
        [nameof(ServiceChannels.Video)] = ("video", "video", "video"),
        [nameof(ServiceChannels.Digital)] = ("digitaalinen", "digitalt", "digital"),
        [nameof(KeyProcess.Guidance)] = ("tieto, neuvonta ja ohjaus", "information, rådgivning och vägledning", "information, advice and guidance"),
        [nameof(KeyProcess.JobMatching)] = ("työnvälitys ja rekrytointi", "arbetsförmedling och rekrytering", "job matching and recruitment"),
        [nameof(KeyProcess.StartUps)] = ("aloittavat yrittäjät", "nya företagare", "start-up entrepreneurs"),
        [nameof(KeyProcess.SkillsDevelopment)] = ("osaamisen kehittäminen", "kompetensutveckling", "skills development"),
        [nameof(KeyProcess.IntensifiedSupport)] = ("tehostettu tuki", "intensifierat stöd", "intensified support"),
        [nameof(KeyProcess.DigitalServices)] = ("digitaaliset palvelut", "digitala tjänster", "digital services"),
    };

    public static CultureInfo Numbers => LiveBlockTexts.Numbers;

    public static string Get(string key, string language) => LiveBlockTexts.Pick(Words[key], language);

    public static string PersonYears(decimal value) => value.ToString("#,##0.##", Numbers);
}

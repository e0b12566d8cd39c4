using TyollisyysAlue.Domain.Common;
using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Offices;

/// <summary>How a service point serves: a permanent office, by appointment, or a visiting point.</summary>
public enum OfficeType
{
    /// <summary>The area's main office (Kuopio: Asemakatu 7).</summary>
    MainOffice = 1,
    FullTime = 2,
    /// <summary>Part-time, by appointment (Kuopio's nine smaller members).</summary>
    ByAppointment = 3,
    /// <summary>In premises the member municipality provides and pays (Porvoo's palvelutori concept).</summary>
    Palvelutori = 4,
    /// <summary>One-stop guidance for under-30s.</summary>
    Ohjaamo = 5,
    PopUp = 6,
}

/// <summary>The ways a point serves its customers (several at once).</summary>
[Flags]
public enum ServiceChannels
{
    None = 0,
    OnSite = 1,
    Phone = 2,
    Video = 4,
    Digital = 8,
}

/// <summary>
/// An office or service point of the area, in a member municipality (and optionally one of its districts,
/// such as Kuopio's Juankoski, Maaninka, Nilsiä).
/// </summary>
public class ServicePoint : IAreaOwned
{
    public ServicePoint(Guid id, Guid areaId, string name, MunicipalityCode municipalityCode, OfficeType type)
    {
        Id = id;
        AreaId = areaId;
        Name = name;
        MunicipalityCode = municipalityCode;
        Type = type;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public string Name { get; set; }
    /// <summary>The Swedish name in a bilingual area (Swedish UI and Swedish plan show it; empty = the Finnish name).</summary>
    public string? NameSv { get; set; }
    public MunicipalityCode MunicipalityCode { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public OfficeType Type { get; set; }
    public bool WalkIn { get; set; }
    public string? OpeningHours { get; set; }
    public ServiceChannels Channels { get; set; } = ServiceChannels.OnSite;
    /// <summary>ISO 639-1 codes of the languages served, e.g. fi, sv, en.</summary>
    public List<string> Languages { get; set; } = ["fi"];
    /// <summary>Invented details (address, hours) for the demo: the UI labels the row.</summary>
    public bool IsDemo { get; set; }
    public uint Version { get; private set; }

    /// <summary>The name for a language: Swedish shows the Swedish name where there is one.</summary>
    public string NameIn(string twoLetterLanguage) => LocalName.In(twoLetterLanguage, Name, NameSv);

    /// <summary>A point customers visit needs an address; a pop-up moves around and has none fixed.</summary>
    public static bool NeedsAddress(OfficeType type) => type != OfficeType.PopUp;
}

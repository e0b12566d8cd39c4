using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Services;

/// <summary>A service an area adds to the national map ("paikalliset lisäpalvelut"), e.g. Lahti's summer job vouchers.</summary>
public class LocalService : IAreaOwned
{
    public LocalService(Guid id, Guid areaId, ServiceGroup group, ServiceAudience audience, string nameFi)
    {
        Id = id;
        AreaId = areaId;
        Group = group;
        Audience = audience;
        NameFi = nameFi;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public ServiceGroup Group { get; set; }
    public ServiceAudience Audience { get; set; }
    public string NameFi { get; set; }
    public string? NameSv { get; set; }
    public string? NameEn { get; set; }
    public uint Version { get; private set; }

    /// <summary>Falls back to the Finnish name when the area gave none in that language.</summary>
    public string NameIn(string language) =>
        (language switch { "sv" => NameSv, "en" => NameEn, _ => null }) is { Length: > 0 } name ? name : NameFi;
}

using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Services;

/// <summary>One service of the national service map: the same for every area (reference data, seeded everywhere).</summary>
[GlobalData("The national service map (työvoimapalveluiden viitearkkitehtuuri) is the same for every area.")]
public class NationalService
{
    public NationalService(string code, ServiceGroup group, ServiceAudience audience, int position, string nameFi, string nameSv, string nameEn)
    {
        Code = code;
        Group = group;
        Audience = audience;
        Position = position;
        NameFi = nameFi;
        NameSv = nameSv;
        NameEn = nameEn;
    }

    /// <summary>Stable key, e.g. "wage-subsidy"; offerings refer to it.</summary>
    public string Code { get; private set; }
    public ServiceGroup Group { get; private set; }
    public ServiceAudience Audience { get; private set; }
    public int Position { get; private set; }
    public string NameFi { get; private set; }
    public string NameSv { get; private set; }
    public string NameEn { get; private set; }

    public string NameIn(string language) => language switch { "sv" => NameSv, "en" => NameEn, _ => NameFi };
}

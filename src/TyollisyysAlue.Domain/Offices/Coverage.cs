using TyollisyysAlue.Domain.Municipalities;

namespace TyollisyysAlue.Domain.Offices;

/// <summary>How well a member is served on site: the best kind of point it has.</summary>
public enum CoverageLevel
{
    None = 0,
    PopUp = 1,
    Youth = 2,
    Palvelutori = 3,
    ByAppointment = 4,
    FullTime = 5,
}

/// <summary>What the coverage view needs of a service point.</summary>
public sealed record PointPresence(MunicipalityCode Municipality, OfficeType Type, string? District, bool WalkIn);

/// <summary>One member municipality and how it is served.</summary>
public sealed record MunicipalityCoverage(
    MunicipalityCode Municipality, CoverageLevel Level, IReadOnlyList<OfficeType> Types, IReadOnlyList<string> Districts, bool WalkIn, int Points)
{
    /// <summary>No service point at all in the municipality: the view flags it.</summary>
    public bool HasNoPresence => Points == 0;
}

/// <summary>The coverage of the members of a day by the area's service points (pure: no database).</summary>
public static class Coverage
{
    public static CoverageLevel LevelOf(OfficeType type) => type switch
    {
        OfficeType.MainOffice or OfficeType.FullTime => CoverageLevel.FullTime,
        OfficeType.ByAppointment => CoverageLevel.ByAppointment,
        OfficeType.Palvelutori => CoverageLevel.Palvelutori,
        OfficeType.Ohjaamo => CoverageLevel.Youth,
        _ => CoverageLevel.PopUp,
    };

    /// <summary>
    /// One row per member, in code order. Points outside the members are ignored here (the editor refuses them).
    /// A member's level is its best point's; districts list where its points outside the centre are.
    /// </summary>
    public static IReadOnlyList<MunicipalityCoverage> Of(IEnumerable<MunicipalityCode> members, IEnumerable<PointPresence> points)
    {
        var byMunicipality = points.ToLookup(p => p.Municipality);
        return members.Distinct().Order().Select(code =>
        {
            var here = byMunicipality[code].ToList();
            return new MunicipalityCoverage(
                code,
                here.Count == 0 ? CoverageLevel.None : here.Max(p => LevelOf(p.Type)),
                here.Select(p => p.Type).Distinct().Order().ToList(),
                here.Where(p => !string.IsNullOrWhiteSpace(p.District)).Select(p => p.District!.Trim()).Distinct().Order(StringComparer.Ordinal).ToList(),
                here.Any(p => p.WalkIn),
                here.Count);
        }).ToList();
    }
}

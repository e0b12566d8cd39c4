using TyollisyysAlue.Domain.Municipalities;
using TyollisyysAlue.Domain.Offices;

namespace TyollisyysAlue.Infrastructure.Seeding;

/// <summary>Kuopio's production areas with the jobseekers of 22.11.2024 and staff ranges (plan 5.12.2024, Table 1).</summary>
public static class DemoProductionAreas
{
    public static readonly DateOnly CountedOn = new(2024, 11, 22);

    public static IEnumerable<(ProductionArea Area, IReadOnlyList<ProductionAreaUnit> Units)> For(Guid area)
    {
        if (area != DemoAreas.Kuopio) yield break;
        yield return Group(area, 1, "Tuotantoalue 1", 70, 75, ("204", null, 187), ("297", null, 11_000), ("857", null, 155));
        yield return Group(area, 2, "Tuotantoalue 2", 14, 16, ("297", "Maaninka-Nilsiä", 233), ("402", null, 778), ("749", null, 1_472), ("687", null, 105));
        yield return Group(area, 3, "Tuotantoalue 3", 6, 7, ("239", null, 137), ("686", null, 197), ("778", null, 484), ("844", null, 129), ("921", null, 100));
    }

    private static (ProductionArea, IReadOnlyList<ProductionAreaUnit>) Group(Guid area, int number, string name, decimal low, decimal high,
        params (string Code, string? District, int Jobseekers)[] units)
    {
        var group = new ProductionArea(Guid.NewGuid(), area, number, name, CountedOn) { StaffLow = low, StaffHigh = high };
        return (group, units.Select(u => new ProductionAreaUnit(Guid.NewGuid(), area, group.Id, MunicipalityCode.Parse(u.Code), u.Jobseekers)
        {
            District = u.District,
        }).ToList());
    }
}

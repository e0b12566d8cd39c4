using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Staffing;

/// <summary>One cell of the table: person-years of a process at a location.</summary>
public sealed record StaffCell(string Location, KeyProcess? Process, StaffFunding Funding, decimal PersonYears);

/// <summary>A location's total and its share of the area's own staff, whole percent (Vaasa: 23 = 24 %).</summary>
public sealed record LocationTotal(string Location, decimal PersonYears, decimal SharePercent);

/// <summary>
/// Staff as a process × location matrix with row and column totals, the area's own staff apart from
/// municipality-funded supplementary staff (Kuopio 142 + 26 = 168). Totals are exact sums of the cells
/// (decimals, no rounding), so rows and columns always add up.
/// </summary>
public sealed class StaffingTable
{
    private StaffingTable(IReadOnlyList<StaffCell> cells) => Cells = cells;

    public IReadOnlyList<StaffCell> Cells { get; }

    public static StaffingTable Of(IEnumerable<StaffCell> cells) => new(cells.ToList());

    public IReadOnlyList<string> Locations => Cells.Select(c => c.Location).Distinct().ToList();
    public IReadOnlyList<KeyProcess?> Processes => Cells.Select(c => c.Process).Distinct().OrderBy(p => p is null ? int.MaxValue : (int)p).ToList();

    public decimal Cell(KeyProcess? process, string location, StaffFunding? funding = null) =>
        Cells.Where(c => c.Process == process && c.Location == location && (funding is null || c.Funding == funding)).Sum(c => c.PersonYears);

    public decimal ProcessTotal(KeyProcess? process, StaffFunding? funding = null) =>
        Cells.Where(c => c.Process == process && (funding is null || c.Funding == funding)).Sum(c => c.PersonYears);

    public decimal LocationSum(string location, StaffFunding? funding = null) =>
        Cells.Where(c => c.Location == location && (funding is null || c.Funding == funding)).Sum(c => c.PersonYears);

    public decimal AreaStaff => Total(StaffFunding.Area);
    public decimal Supplementary => Total(StaffFunding.MunicipalitySupplementary);
    public decimal GrandTotal => Cells.Sum(c => c.PersonYears);

    public decimal Total(StaffFunding funding) => Cells.Where(c => c.Funding == funding).Sum(c => c.PersonYears);

    /// <summary>The distribution of all staff across locations, each share rounded on its own to a whole percent.</summary>
    public IReadOnlyList<LocationTotal> ByLocation() =>
        Locations.Select(l => new LocationTotal(l, LocationSum(l), Rounding.Percent(LocationSum(l), GrandTotal, 0))).ToList();

    /// <summary>Customers per person-year of all staff, one decimal; null without staff or customers.</summary>
    public decimal? CustomersPerPersonYear(int? customers) =>
        customers is { } n && GrandTotal > 0 ? Rounding.Round(n / GrandTotal, 1) : null;

    /// <summary>The need over the transferring staff in percent, whole (Porvoo: 85 against 71 = +20 %).</summary>
    public static decimal? NeedIncreasePercent(decimal? transferring, decimal? needed) =>
        transferring is > 0 && needed is { } need ? Rounding.Percent(need - transferring.Value, transferring.Value, 0) : null;
}

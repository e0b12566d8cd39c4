using System.Text.Json;
using TyollisyysAlue.Domain.Budgets;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Financing;

/// <summary>A cost category's yearly growth in the plan years, in percent (−50…+100).</summary>
public sealed record CategoryGrowth(ExpenseCategory Category, decimal Percent);

/// <summary>A planner's value of an indicator for one member and plan year (the "entered" trend).</summary>
public sealed record EnteredIndicatorValue(string Municipality, int Year, decimal Value);

/// <summary>How one indicator is carried into the plan years; entered values only for <see cref="IndicatorTrend.Entered"/>.</summary>
public sealed record IndicatorAssumption(string IndicatorCode, IndicatorTrend Trend, IReadOnlyList<EnteredIndicatorValue> Entered);

/// <summary>
/// The area's assumptions for the years after a budget year (talousarvio ja taloussuunnitelma), shared in the area:
/// growth per cost category and a trend per indicator, kept as data (JSON) so the projection is replayed on the
/// current budget and statistics. A category or indicator without an assumption stays as it is (0 %, last known).
/// </summary>
public class YearsAheadAssumptions : IAreaOwned
{
    public const decimal MinGrowthPercent = -50m;
    public const decimal MaxGrowthPercent = 100m;

    public YearsAheadAssumptions(Guid id, Guid areaId, int budgetYear)
    {
        Id = id;
        AreaId = areaId;
        BudgetYear = budgetYear;
    }

    public Guid Id { get; private set; }
    public Guid AreaId { get; private set; }
    public int BudgetYear { get; private set; }
    public string GrowthJson { get; private set; } = "[]";
    public string TrendsJson { get; private set; } = "[]";
    public uint Version { get; private set; }

    public IReadOnlyList<CategoryGrowth> Growth() => JsonSerializer.Deserialize<CategoryGrowth[]>(GrowthJson, Json) ?? [];

    public IReadOnlyList<IndicatorAssumption> Trends() => JsonSerializer.Deserialize<IndicatorAssumption[]>(TrendsJson, Json) ?? [];

    public void Set(IEnumerable<CategoryGrowth> growth, IEnumerable<IndicatorAssumption> trends)
    {
        GrowthJson = JsonSerializer.Serialize(growth.ToArray(), Json);
        TrendsJson = JsonSerializer.Serialize(trends.ToArray(), Json);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}

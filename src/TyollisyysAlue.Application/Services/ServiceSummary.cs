using TyollisyysAlue.Domain.Services;

namespace TyollisyysAlue.Application.Services;

/// <summary>Number of services and euros in one group of the summary.</summary>
public sealed record SummaryLine<TKey>(TKey Key, int Count, decimal Cost);

/// <summary>
/// Offerings by production mode and by statutory class (unclassified as a class of its own, null), each with the
/// same total: decimal sums of two-decimal euros are exact, so the groups add up to the cent.
/// </summary>
public sealed record ServiceSummary(
    IReadOnlyList<SummaryLine<ProductionMode>> ByMode,
    IReadOnlyList<SummaryLine<StatutoryClass?>> ByClass,
    int Count,
    decimal Cost)
{
    public static ServiceSummary Of(IEnumerable<ServiceOffering> offerings)
    {
        var list = offerings.ToList();
        var byMode = Enum.GetValues<ProductionMode>()
            .Select(m => Line(m, list.Where(o => o.Mode == m)))
            .Where(l => l.Count > 0).ToList();
        var byClass = Enum.GetValues<StatutoryClass>().Select(c => (StatutoryClass?)c).Append(null)
            .Select(c => Line(c, list.Where(o => o.StatutoryClass == c)))
            .Where(l => l.Count > 0).ToList();
        return new ServiceSummary(byMode, byClass, list.Count, list.Sum(o => o.Cost));
    }

    private static SummaryLine<T> Line<T>(T key, IEnumerable<ServiceOffering> offerings)
    {
        var group = offerings.ToList();
        return new SummaryLine<T>(key, group.Count, group.Sum(o => o.Cost));
    }
}

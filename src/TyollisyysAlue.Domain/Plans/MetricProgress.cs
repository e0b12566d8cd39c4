namespace TyollisyysAlue.Domain.Plans;

/// <summary>One value of a metric's series: the period it describes (a month's first day, or a date) and the figure.</summary>
public readonly record struct MetricPoint(DateOnly Period, decimal Value);

/// <summary>Where the latest value stands between the metric's baseline and its target.</summary>
public enum MetricStatus
{
    /// <summary>The series has no value yet.</summary>
    NoData = 1,
    /// <summary>No baseline or no target figure: there is nothing to compare with.</summary>
    NotComparable = 2,
    /// <summary>The target is met or passed (in the direction from the baseline to the target).</summary>
    Reached = 3,
    /// <summary>Moved from the baseline towards the target, not there yet.</summary>
    TowardTarget = 4,
    /// <summary>Where it started.</summary>
    Unchanged = 5,
    /// <summary>Moved from the baseline away from the target.</summary>
    AwayFromTarget = 6,
}

/// <summary>
/// A metric's values against its baseline and target. Which way is better follows from the two figures: a target
/// below the baseline (fewer unemployed) wants the series to fall, one above it (more start-up grants) to rise.
/// </summary>
public sealed record MetricProgress(IReadOnlyList<MetricPoint> Points, decimal? Baseline, decimal? Target)
{
    /// <summary>The value of the latest period, or null without values.</summary>
    public MetricPoint? Latest => Points.Count == 0 ? null : Points.MaxBy(p => p.Period);

    public MetricStatus Status => Latest is { } latest ? Compare(latest.Value, Baseline, Target) : MetricStatus.NoData;

    /// <summary>
    /// How much of the way from the baseline to the target the latest value has come (0 at the baseline, 1 at the
    /// target, below 0 when it went the other way); null when it cannot be said.
    /// </summary>
    public decimal? ShareOfWay => Latest is { } latest && Baseline is { } b && Target is { } t && t != b ? (latest.Value - b) / (t - b) : null;

    /// <summary>The values of periods that ended by <paramref name="asOf"/>: a month counts once it is over.</summary>
    public static IReadOnlyList<MetricPoint> EndedBy(IEnumerable<MetricPoint> points, DateOnly asOf, bool monthly) =>
        points.Where(p => (monthly ? p.Period.AddMonths(1).AddDays(-1) : p.Period) <= asOf).OrderBy(p => p.Period).ToList();

    public static MetricStatus Compare(decimal latest, decimal? baseline, decimal? target)
    {
        if (baseline is not { } b || target is not { } t) return MetricStatus.NotComparable;
        var direction = Math.Sign(t - b);
        if (direction == 0) return latest == t ? MetricStatus.Reached : MetricStatus.AwayFromTarget;
        if ((t - latest) * direction <= 0) return MetricStatus.Reached;
        var moved = (latest - b) * direction;
        return moved > 0 ? MetricStatus.TowardTarget : moved < 0 ? MetricStatus.AwayFromTarget : MetricStatus.Unchanged;
    }
}

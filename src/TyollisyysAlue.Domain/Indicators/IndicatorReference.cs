using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.Indicators;

/// <summary>
/// Which values of an indicator a criterion uses: the value on <see cref="Date"/> (point in time), or the
/// average of the twelve months ending with the month of <see cref="Date"/> (monthly average).
/// </summary>
public sealed record IndicatorReference(IndicatorKind Kind, DateOnly Date)
{
    /// <summary>The months a monthly average covers, first day of each month, oldest first.</summary>
    public IReadOnlyList<DateOnly> Months()
    {
        var last = new DateOnly(Date.Year, Date.Month, 1);
        return Enumerable.Range(0, 12).Select(i => last.AddMonths(i - 11)).ToList();
    }

    /// <summary>Porvoo's rule for a budget year: point-in-time values on 31.12 of the previous year.</summary>
    public static IndicatorReference EndOfPreviousYear(int budgetYear) =>
        new(IndicatorKind.PointInTime, new DateOnly(budgetYear - 1, 12, 31));

    /// <summary>The budget year's own months (reconciliation) — for an advance plan use the latest twelve months.</summary>
    public static IndicatorReference MonthsOfYear(int year) => new(IndicatorKind.MonthlyAverage, new DateOnly(year, 12, 1));

    /// <summary>
    /// The value a criterion uses from a municipality's series: exact date for point-in-time; the average of
    /// the months present for a monthly average (null when none is present), rounded to two decimals half away from
    /// zero (<see cref="Rounding"/>, ADR 3): the value that enters the split, so Excel's ROUND over the same months agrees.
    /// </summary>
    public (decimal Value, int Count)? Resolve(IReadOnlyDictionary<DateOnly, decimal> series)
    {
        if (Kind == IndicatorKind.PointInTime)
            return series.TryGetValue(Date, out var v) ? (v, 1) : null;
        var present = Months().Where(series.ContainsKey).Select(m => series[m]).ToList();
        return present.Count == 0 ? null : (Rounding.Round(present.Average(), 2), present.Count);
    }
}

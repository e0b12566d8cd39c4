using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Domain.FollowUp;

public enum ForecastFlag
{
    None = 0,
    /// <summary>An expense forecast above the planned amount (and not above the plan's high end, when it gives one).</summary>
    OverPlanned = 1,
    /// <summary>An expense forecast above the high end of the plan's range.</summary>
    OverHigh = 2,
    /// <summary>An income forecast below the planned amount.</summary>
    IncomeShort = 3,
}

/// <summary>The year-end forecast of a budget line and its flag; the one place the run rate is rounded.</summary>
public static class YearEndForecast
{
    /// <summary>
    /// The actual so far carried at the same pace to the year's end: actual × 12 / months, rounded to the cent
    /// (half away from zero). No months of actuals yet: the planned amount stands.
    /// </summary>
    public static Money RunRate(Money actualToDate, int months, Money planned)
    {
        if (months <= 0) return planned;
        if (months >= 12) return actualToDate;
        return Money.FromCents((long)Rounding.Round(actualToDate.Cents * 12m / months, 0));
    }

    public static ForecastFlag Flag(bool isIncome, Money forecast, Money planned, Money? high)
    {
        if (isIncome) return forecast < planned ? ForecastFlag.IncomeShort : ForecastFlag.None;
        if (high is { } h && h > planned)
            return forecast > h ? ForecastFlag.OverHigh : forecast > planned ? ForecastFlag.OverPlanned : ForecastFlag.None;
        return forecast > planned ? ForecastFlag.OverPlanned : ForecastFlag.None;
    }
}

namespace TyollisyysAlue.Application.Common;

/// <summary>Finnish calendar days (Europe/Helsinki) as UTC instants, for filters that users give as dates.</summary>
public static class FinnishClock
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToFinnish(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>Today's date in Finland by the app's clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToFinnish(clock.GetUtcNow()).DateTime);

    /// <summary>The UTC instant at which the given day starts in Finland.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}

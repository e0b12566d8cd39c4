namespace TyollisyysAlue.Domain.Common;

/// <summary>
/// Finnish time (Europe/Helsinki, with its summer time): the one place an instant becomes a Finnish clock time or
/// calendar day. Pages, exports, audit filters and "today" all go through it; nothing is shown in UTC.
/// </summary>
public static class HelsinkiTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    /// <summary>The same instant on a Finnish clock, e.g. 06:16 UTC in June → 09:16 +03:00.</summary>
    public static DateTimeOffset At(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Finnish calendar day of an instant (23:30 UTC on 31 December is already 1 January in Finland).</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(At(instant).DateTime);

    /// <summary>Today in Finland by the app's clock (tests move it with a fake <see cref="TimeProvider"/>).</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow());
    }

    /// <summary>Now on a Finnish clock, by the app's clock.</summary>
    public static DateTimeOffset Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return At(clock.GetUtcNow());
    }

    /// <summary>The UTC instant at which the given day starts in Finland (for filters given as dates).</summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

using System.Globalization;

namespace TyollisyysAlue.Web.Components.Shared;

/// <summary>Times are shown in Finnish time (Europe/Helsinki), formatted in the user's culture.</summary>
public static class FinnishTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public static string Format(DateTimeOffset utc) => ToLocal(utc).ToString("g", CultureInfo.CurrentCulture);

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
    }
}

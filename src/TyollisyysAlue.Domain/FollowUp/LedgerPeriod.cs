using System.Globalization;

namespace TyollisyysAlue.Domain.FollowUp;

/// <summary>
/// The month a booking belongs to, from a posting date ("5.3.2026", "2026-03-05", an Excel date serial) or a period
/// ("2026-03", "3/2026", "03.2026", "2026M03").
/// </summary>
public static class LedgerPeriod
{
    public const string Unreadable = "Ledger.BadPeriod";

    private static readonly string[] DateFormats = ["d.M.yyyy", "yyyy-MM-dd", "d.M.yyyy H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss"];
    private static readonly string[] MonthFormats = ["yyyy-MM", "M/yyyy", "M.yyyy", "yyyy'M'MM", "yyyyMM"];

    public static (int Year, int Month)? Parse(string? text)
    {
        if (PostingDate(text) is { } date) return (date.Year, date.Month);
        var s = (text ?? string.Empty).Trim();
        if (DateTime.TryParseExact(s, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return (month.Year, month.Month);
        return null;
    }

    /// <summary>The day of a booking when the file gives a date (not only a period), for the drill-down.</summary>
    public static DateOnly? PostingDate(string? text)
    {
        var s = (text ?? string.Empty).Trim();
        if (s.Length == 0) return null;
        if (DateTime.TryParseExact(s, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly.FromDateTime(date);
        // An xlsx date cell holds its serial number (days since 30.12.1899); 20 000 is in 1954, 80 000 in 2119.
        if (double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is > 20_000 and < 80_000)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }
}

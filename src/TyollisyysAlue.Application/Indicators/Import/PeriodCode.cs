using System.Globalization;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Application.Indicators.Import;

public enum PeriodKind { Year, Month, Day }

/// <summary>A period as stored: a year on 31.12., a month on its first day, a date as it is.</summary>
public readonly record struct Period(PeriodKind Kind, DateOnly Date)
{
    /// <summary>PxWeb's own spelling: 2025, 2026M06, or the date.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Date.Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.Month => $"{Date.Year}M{Date.Month:00}",
        _ => Date.ToString("d.M.yyyy", CultureInfo.InvariantCulture),
    };
}

/// <summary>
/// Reads a period member of a table: "2025" (year), "2026M06", "2026-06", "202606" (month), "31.12.2025" or
/// "2025-12-31" (date). Anything else (a quarter, "2026M13") is not a period an indicator can hold.
/// </summary>
public static partial class PeriodCode
{
    public static Period? Parse(string? text)
    {
        var t = text?.Trim() ?? "";
        if (Year().IsMatch(t)) return new Period(PeriodKind.Year, new DateOnly(Int(t), 12, 31));
        if (Month().Match(t) is { Success: true } m && Int(m.Groups[2].Value) is >= 1 and <= 12 and var month)
            return new Period(PeriodKind.Month, new DateOnly(Int(m.Groups[1].Value), month, 1));
        if (DateOnly.TryParseExact(t, ["d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Period(PeriodKind.Day, date);
        return null;
    }

    /// <summary>A year and a month of two variables (Kela's flat files): "2025" and "3" or "03".</summary>
    public static Period? Combine(string? year, string? month)
    {
        var y = year?.Trim() ?? "";
        var mo = month?.Trim() ?? "";
        if (!Year().IsMatch(y) || mo.Length is < 1 or > 2 || !mo.All(char.IsAsciiDigit)) return Parse(month);
        return Int(mo) is >= 1 and <= 12 and var number ? new Period(PeriodKind.Month, new DateOnly(Int(y), number, 1)) : null;
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(19|20)\d{2}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^((?:19|20)\d{2})(?:M|-)?(\d{2})$")]
    private static partial Regex Month();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace TyollisyysAlue.Application.Indicators;

/// <summary>
/// Reads the date a PxWeb column stands for from its heading: "2023" (year: 31.12.), "2024M03" or "2024-03"
/// (month: first day), "31.12.2023" (a date). PxWeb headings often carry more text ("2023 Väestö 31.12."), so the
/// first match anywhere in the heading counts.
/// </summary>
public static partial class ColumnPeriod
{
    public static DateOnly? Parse(string heading)
    {
        if (FullDate().Match(heading) is { Success: true } d
            && DateOnly.TryParseExact(d.Value, ["d.M.yyyy", "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (Month().Match(heading) is { Success: true } m)
        {
            var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12) return new DateOnly(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), month, 1);
        }
        if (Year().Match(heading) is { Success: true } y) return new DateOnly(int.Parse(y.Value, CultureInfo.InvariantCulture), 12, 31);
        return null;
    }

    [GeneratedRegex(@"\b\d{1,2}\.\d{1,2}\.\d{4}\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(\d{4})\s*(?:M|-)\s*(\d{1,2})\b")]
    private static partial Regex Month();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}

using System.Collections.Concurrent;
using System.Globalization;
using TyollisyysAlue.Domain.Common;

namespace TyollisyysAlue.Texts;

/// <summary>
/// The one rule for figures in every output — page, live table, PDF, .docx, xlsx title lines and notes — in every
/// language: Finnish style, as Finland's Swedish- and English-language public documents write them too.
/// 1 234 567,89 € · 45,67 % · 5.12.2026 · 5.12.2026 8.16 (Finnish time). Rounding of shown figures is
/// <see cref="Rounding"/>'s (half away from zero).
/// </summary>
public static class Formats
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);

    /// <summary>Excel number formats of the same rule (Excel shows its own separators; the digits and decimals are ours).</summary>
    public const string SheetEuros = "#,##0.00";
    public const string SheetNumber = "#,##0.##";
    public const string SheetDate = "d.m.yyyy";

    /// <summary>
    /// "fi-FI", "sv-FI" or "en-FI" with Finnish numbers, dates and times: the culture pages run in and exports format with,
    /// so "{0:N2}" gives 1 234,56 in every language.
    /// </summary>
    public static CultureInfo CultureOf(string language) => Cultures.GetOrAdd(TextTable.Normalize(language), l =>
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(l + "-FI").Clone();
        culture.NumberFormat = (NumberFormatInfo)Finnish.NumberFormat.Clone();
        var dates = culture.DateTimeFormat;
        dates.ShortDatePattern = "d.M.yyyy";
        dates.DateSeparator = ".";
        dates.ShortTimePattern = "H.mm";
        dates.LongTimePattern = "H.mm.ss";
        dates.TimeSeparator = ".";
        return CultureInfo.ReadOnly(culture);
    });

    /// <summary>1 234 567,89 €</summary>
    public static string Euros(decimal euros) => euros.ToString("N2", Finnish) + " €";

    public static string Euros(Money amount) => Euros(amount.ToEuros());

    /// <summary>1 234 567,89 without the currency sign (table cells under a "€" heading).</summary>
    public static string Amount(decimal euros) => euros.ToString("N2", Finnish);

    public static string Amount(Money amount) => Amount(amount.ToEuros());

    /// <summary>A number with a fixed count of decimals: 12 345 (0), 1,5 (1).</summary>
    public static string Number(decimal value, int decimals = 0) => Rounding.Round(value, decimals).ToString("N" + decimals, Finnish);

    /// <summary>A number with at most <paramref name="maxDecimals"/> decimals and no trailing zeros: 22,5 · 142.</summary>
    public static string Figure(decimal value, int maxDecimals = 2) =>
        Rounding.Round(value, maxDecimals).ToString("#,##0." + new string('#', maxDecimals), Finnish);

    /// <summary>A number with every decimal it has (nothing rounded away), Finnish style: 1 234,005.</summary>
    public static string Exact(decimal value) => value.ToString("#,##0.############################", Finnish);

    /// <summary>A ratio as percent: 0,4567 → "45,67 %" (two decimals by default).</summary>
    public static string Percent(decimal ratio, int decimals = 2) => Number(Rounding.PercentOfRatio(ratio, decimals), decimals) + " %";

    /// <summary>A value already in percent with a fixed count of decimals (a share 24 → "24 %", 3 → "3,0 %" at one).</summary>
    public static string PercentValue(decimal percent, int decimals) => Number(percent, decimals) + " %";

    /// <summary>A key's weight as people write it, without trailing zeros: 45 → "45 %", 12,5 → "12,5 %" (up to four decimals).</summary>
    public static string Weight(decimal percent) => Figure(percent, 4) + " %";

    /// <summary>
    /// An argument of a text by the same rule: money as euros, decimals as figures, dates and instants the Finnish way
    /// (instants on a Finnish clock); anything else as it is (years and counts stay "2025", names stay names).
    /// </summary>
    public static object? Value(object? argument) => argument switch
    {
        Money money => Euros(money),
        decimal number => Figure(number),
        DateOnly date => Date(date),
        DateTimeOffset instant => Time(instant),
        _ => argument,
    };

    /// <summary>A statistic's period: a month as "6/2025" (stored on its first day), any other date as "31.12.2024".</summary>
    public static string Period(DateOnly date, bool monthly) => monthly ? $"{date.Month}/{date.Year}" : Date(date);

    /// <summary>5.12.2026</summary>
    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>An instant on a Finnish clock: 5.12.2026 8.16 (never UTC).</summary>
    public static string Time(DateTimeOffset instant) =>
        HelsinkiTime.At(instant).ToString("d.M.yyyy H.mm", CultureInfo.InvariantCulture);

    /// <summary>An instant on a Finnish clock with seconds, for logs: 5.12.2026 8.16.05.</summary>
    public static string TimeWithSeconds(DateTimeOffset instant) =>
        HelsinkiTime.At(instant).ToString("d.M.yyyy H.mm.ss", CultureInfo.InvariantCulture);
}
